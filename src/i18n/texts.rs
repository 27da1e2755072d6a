//! The table of strings every language fills in.

macro_rules! texts_table {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// Every user-facing string of the interface for one language.
        pub struct Texts {
            $($(#[doc = $doc])* pub $name: &'static str,)*
        }

        impl Texts {
            /// `(field name, text)` pairs, for checks over the whole table.
            #[allow(dead_code)]
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

texts_table! {
    /// Name of the service, shown in the header.
    app_name,
    /// Short line under the name.
    app_tagline,
    /// Link that jumps over the header to the main content.
    skip_to_content,
    /// Accessible name of the language switch.
    lang_switch_label,
    /// Visible text of the language switch (names the other language, in that language).
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

    /// Document title of the questionnaire page while it is being built.
    quiz_doc_title,
    /// Heading of the questionnaire page.
    quiz_title,
    /// Says plainly that the questionnaire is not there yet.
    quiz_coming,
    /// What to do meanwhile.
    quiz_meanwhile,
    /// Link back to the home page.
    back_home,

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
}
