//! The table of strings every language fills in.

macro_rules! texts_table {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// Every user-facing string of the interface for one language.
        ///
        /// `repr(C)`: the layout of an array of its strings, for [`Texts::from_strings`].
        #[derive(Debug, PartialEq, Eq)]
        #[repr(C)]
        pub struct Texts {
            $($(#[doc = $doc])* pub $name: &'static str,)*
        }

        impl Texts {
            /// How many strings a language has: the length of its file (`data/i18n/*.json`).
            pub const COUNT: usize = [$(stringify!($name),)*].len();

            /// `(field name, text)` pairs, for checks over the whole table.
            #[allow(dead_code)]
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }

            /// The strings in field order: what a language file holds.
            #[allow(dead_code)]
            pub fn strings(&self) -> [&'static str; Self::COUNT] {
                [$(self.$name,)*]
            }

            /// The table from its strings in field order (a language file, checked by the
            /// caller). A reinterpretation of the array, not a field-by-field copy: building the
            /// 260 fields one by one from a slice cost 18.7 KB of wasm (raw, after wasm-opt;
            /// docs/performance.md), this costs nothing.
            pub fn from_strings(strings: [&'static str; Self::COUNT]) -> Texts {
                // SAFETY: `Texts` is `repr(C)` and all its COUNT fields are `&'static str`, so
                // it has the layout of `[&'static str; COUNT]`: fields in declaration order, the
                // same alignment, no padding (the size is checked by `transmute` at compile
                // time); the order is `strings()`'s, the one the files are written in
                // (`each_language_file_reads_back_into_its_rust_table`).
                unsafe { std::mem::transmute::<[&'static str; Self::COUNT], Texts>(strings) }
            }

            /// The digest a language file must have: [`digest`] of the strings in field
            /// order. A `const fn`, so that the wasm holds only the number, not the strings.
            pub const fn digest(&self) -> u64 {
                let mut h = DIGEST_START;
                $(h = digest_one(h, self.$name);)*
                h
            }
        }
    };
}

/// FNV-1a (64 bits) start value.
const DIGEST_START: u64 = 0xcbf2_9ce4_8422_2325;

/// Adds one string to a digest: its length first (so that moving a character from one string to
/// the next changes the digest), then its bytes. FNV-1a: a few instructions, and a `const fn`.
const fn digest_one(mut h: u64, s: &str) -> u64 {
    let bytes = s.as_bytes();
    let len = (bytes.len() as u32).to_le_bytes();
    let mut i = 0;
    while i < 4 + bytes.len() {
        let b = if i < 4 { len[i] } else { bytes[i - 4] };
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// The digest of strings in order, the same as [`Texts::digest`] of the table they fill: a file
/// whose strings are reordered, cut or changed has another digest (not a defence against a
/// forger, who can serve another wasm too; a check that the file is the one built with the app).
pub fn digest<'a>(strings: impl IntoIterator<Item = &'a str>) -> u64 {
    strings.into_iter().fold(DIGEST_START, digest_one)
}

texts_table! {
    /// Name of the service, shown in the header.
    app_name,
    /// Short line under the name.
    app_tagline,
    /// Link that jumps over the header to the main content.
    skip_to_content,
    /// Accessible name of the list of languages in the language menu.
    lang_switch_label,
    /// Visible label of the language menu, before the current language ("Langue : Français").
    lang_switch_text,
    /// Accessible name of the main navigation.
    nav_label,
    /// Navigation link to the home page.
    nav_home,
    /// Navigation link to the questionnaire.
    nav_quiz,

    /// Document title of the home page.
    home_doc_title,
    /// Main heading of the home page.
    home_title,
    /// What Aiguillage does, in one paragraph.
    home_intro,
    /// Call to action: start the questionnaire.
    cta_start,
    /// Under the call to action: how long it takes, what it asks.
    cta_start_hint,
    /// Heading: who it is for.
    home_for_whom_title,
    home_for_whom_jobseekers,
    home_for_whom_young,
    home_for_whom_career_change,
    home_for_whom_disability,
    home_for_whom_newcomers,
    home_for_whom_counsellors,
    /// Heading: how it works.
    home_how_title,
    home_how_step_answer,
    home_how_step_results,
    home_how_step_contact,
    /// Heading: who can help you.
    home_help_title,
    home_help_intro,
    home_help_mission_locale,
    home_help_france_travail,
    home_help_cap_emploi,
    home_help_mediation,
    /// Heading: privacy.
    home_privacy_title,
    home_privacy_text,

    /// Document title of the questionnaire page.
    quiz_doc_title,
    /// Heading of the questionnaire page.
    quiz_title,
    /// Link back to the home page.
    back_home,

    // The journey: quiz, results, course page (see fr.rs for the words).
    quiz_intro,
    quiz_progress_label,
    quiz_step_of,
    quiz_back,
    quiz_next,
    quiz_skip,
    quiz_see_results,
    quiz_results_need,
    quiz_all_questions,
    quiz_one_by_one,
    quiz_optional,
    quiz_choose_error,
    quiz_bad_link,
    quiz_resume,
    q_level_title,
    q_situation_title,
    q_age_title,
    q_age_label,
    q_age_error,
    /// Why the age is asked, and that it is optional.
    q_age_hint,
    /// The choice not to give one's age.
    q_age_not_said,
    q_rqth_title,
    q_rqth_explain,
    q_location_title,
    q_location_label,
    q_location_hint,
    /// Accessible name of the list of communes found.
    q_location_suggestions,
    q_location_chosen,
    q_location_loading,
    /// Announced when one commune is found.
    q_location_found_one,
    /// Announced when several are found: `{n}`.
    q_location_found_many,
    /// The letters typed so far match too many names.
    q_location_more_letters,
    q_location_none,
    q_location_load_error,
    /// A communes file arrived damaged.
    q_location_malformed,
    /// Button: load the communes again after a failure.
    q_location_retry,
    q_location_missing,
    q_geo_button,
    q_geo_pending,
    q_geo_found,
    q_geo_confirm,
    q_geo_denied,
    q_geo_failed,
    q_radius_legend,
    q_remote_ok,
    q_interests_title,
    q_interests_hint,
    q_interests_discover,
    domain_desc_web,
    domain_desc_data,
    domain_desc_cyber,
    domain_desc_network,
    domain_desc_support,
    domain_desc_design,
    domain_desc_games,
    domain_desc_marketing,
    domain_desc_mediation,
    domain_desc_basics,
    q_comfort_title,
    q_constraints_title,
    q_constraints_hint,
    q_rhythm_legend,
    q_modality_legend,
    q_start_legend,
    q_start_any,
    q_remuneration,
    summary_title,
    summary_change,
    summary_unanswered,
    summary_any,
    summary_unsure,
    summary_years,
    /// The age, when the person preferred not to give it (summary, "pour : …" line of results).
    summary_age_not_given,
    summary_within,
    results_doc_title,
    results_title,
    results_loading,
    results_error,
    results_retry,
    results_bad_link,
    results_no_profile,
    results_count_zero,
    results_count_one,
    results_count_many,
    results_count_filtered,
    results_sort_label,
    sort_relevance,
    sort_distance,
    sort_date,
    results_filters_legend,
    filter_free,
    filter_no_diploma,
    filter_in_person,
    results_filtered_empty,
    results_near_title,
    results_help_title,
    results_change,
    results_share_label,
    results_issues,
    results_for,
    card_provider,
    card_where,
    card_remote,
    card_next,
    card_duration,
    card_cost,
    card_level,
    card_why,
    card_check,
    card_details,
    card_labels,
    unknown,
    starts_on,
    from_to,
    hours,
    weeks,
    no_diploma_required,
    help_phone,
    help_email,
    help_website,
    help_hours,
    help_no_place,
    /// Link to a national network's official directory, when no specific text exists for it.
    help_locator,
    /// Link to the Mission Locale directory.
    help_locator_mission_locale,
    /// Link to the France Travail directory.
    help_locator_france_travail,
    /// Link to the Cap Emploi directory.
    help_locator_cap_emploi,
    help_none,
    consent_title,
    consent_text,
    consent_yes,
    consent_saved,
    consent_unavailable,
    consent_forget,
    consent_forgotten,
    course_doc_title,
    course_not_found,
    course_summary_title,
    course_sessions_title,
    course_conditions_title,
    course_funding_title,
    course_access_title,
    course_source_title,
    course_verified,
    course_source_link,
    course_directions,
    course_back,
    course_age,
    course_age_range,
    course_age_min,
    course_age_max,
    course_age_any,
    course_prerequisites,
    course_selection,
    course_certification,
    course_cert_level,
    course_reserved,
    course_funders,
    course_price,
    course_remuneration,
    yes,
    no,
    course_for_you,
    course_wheelchair_yes,
    course_wheelchair_no,
    course_referent_yes,
    recruitment_open,
    recruitment_closed,
    recruitment_suspended,
    apply_before,
    seats,

    step_level,
    step_situation,
    step_age,
    step_rqth,
    step_location,
    step_interests,
    step_comfort,
    step_constraints,
    step_summary,
    q_location_position,
    km,

    /// Document title of the "page not found" page.
    not_found_doc_title,
    /// Heading of the "page not found" page.
    not_found_title,
    /// Explanation on the "page not found" page.
    not_found_text,

    /// Footer: privacy promise.
    footer_privacy,
    /// Footer: free software notice.
    footer_licence,

    // --- hardening ---
    /// The catalogue arrived but cannot be read as a whole (not JSON, an HTML page, truncated,
    /// too large, wrong version): not "no training fits".
    catalogue_malformed,
    /// One catalogue record set aside (singular of `results_issues`).
    results_issues_one,
    // --- profile ---
    /// Short name of the gender step.
    step_gender,
    /// Short name of the newcomer step.
    step_newcomer,
    /// The gender question.
    q_gender_title,
    /// Why the gender question is asked.
    q_gender_explain,
    /// The newcomer question.
    q_newcomer_title,
    /// What the newcomer answer opens.
    q_newcomer_explain,
    /// A kind of help with no known place near the person: the official locator follows.
    help_none_near,
    /// Link to the national map of digital-mediation places.
    help_locator_mediation,
    /// Link to the France Services page.
    help_locator_france_services,
    /// Link to Mon CEP.
    help_locator_cep,
    /// Link to Transitions Pro.
    help_locator_transitions_pro,
    /// Link to ENIC-NARIC France.
    help_locator_enic_naric,
    /// Link to the integration contract's French courses.
    help_locator_french_courses,
    /// A v3 profile link whose check characters do not match.
    link_damaged,
    /// Which places the bundled catalogue knows.
    home_help_coverage,
    /// Home: who helps employees changing career.
    home_help_career_change,
    /// Home: who helps newcomers.
    home_help_newcomers,
    // --- geo ---
    /// "Me localiser": the position is far from every commune of France.
    q_geo_outside,
    // --- matching ---
    /// Colon between a label and its text (French: non-breaking space before).
    colon,
    /// Heading of the list of result cards.
    results_list_title,
    /// Filter: paid courses only.
    filter_paid,
    /// Card fact: whether trainees are paid.
    card_pay,
    /// Card: one other site of the same course.
    card_other_sites_one,
    /// Card: other sites of the same course.
    card_other_sites_many,
    /// Notice on English pages: the course text comes from French sources.
    card_in_french,
    /// Results: routes to an income during training (summary of a disclosure).
    results_income_title,
    /// Results: how the ranking is made (summary of a disclosure).
    results_ranking_title,
    /// Results: few results, what the person can add.
    results_more_intro,
    /// Results: short who-can-help line near the top; {who} is the list.
    results_help_summary,
    /// Results: button moving to the full who-can-help section.
    results_help_jump,
    // --- shell ---
    /// Footer: what the tab keeps of an unfinished quiz (session storage), and that it needs no consent.
    footer_tab,
    /// Shell notice: a `?catalogue=` link named a file of another site, or not a catalogue file.
    shell_catalogue_refused,
    /// Shell notice after "effacer mes réponses": what was erased, where.
    shell_answers_erased,
    /// Button next to the link to keep.
    copy_link_button,
    /// Announced once the link is in the clipboard.
    copy_link_done,
    /// Announced when the browser refused to copy: the link is selected instead.
    copy_link_selected,
    // --- facile ---
    /// A duration of one hour (`hours` for more): French says "1 h", English "1 hour".
    hours_one,
    /// A duration of one week (`weeks` for more).
    weeks_one,
    // --- size-texts ---
    /// Shown while the strings of a language the person chose are fetched; {lang} is its name.
    lang_loading,
    /// The strings of a chosen language could not be read: the page stays in this language.
    lang_load_failed,
    /// Button: try to read that language again.
    lang_load_retry,
    // --- configurator ---
    /// Footer: link to the configurator for webmasters (`/integrer`, a page of its own).
    footer_embed,
    // --- embed-frame ---
    /// In a host's page, after the host's name: "Vandœuvre-lès-Nancy — avec Aiguillage".
    embed_with,
    /// In a host's page, instead of the footer: who makes this.
    embed_powered,
    /// In a host's page: the same page and answers, full screen, in a new tab.
    embed_full_page,
    // --- verifier ---
    /// Footer: link to the check page for webmasters (`/verifier`, a page of its own).
    footer_verify,
}
