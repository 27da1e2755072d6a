//! English strings.

use super::Texts;

/// Every string in English.
pub const TEXTS: Texts = Texts {
    app_name: "Aiguillage",
    app_tagline: "Digital-skills trainings near you",
    skip_to_content: "Skip to content",
    lang_switch_label: "Lire ce site en français",
    lang_switch_text: "Français",
    nav_label: "Main navigation",
    nav_home: "Home",
    nav_quiz: "Questionnaire",

    home_doc_title: "Aiguillage — find a digital-skills training",
    home_title: "Find a digital-skills training near you",
    home_intro: "Aiguillage points you to trainings for digital jobs near where you live, including free or paid \
        ones, and to the organisations that can support you. Every result is explained: why it fits you, \
        what it requires, and what is still to be checked.",
    cta_start: "Start the questionnaire",
    cta_start_hint: "About 5 minutes. No sign-up, no account.",
    home_for_whom_title: "Who is it for?",
    home_for_whom_jobseekers: "People looking for a job, registered with France Travail or not",
    home_for_whom_young: "Young people aged 16 to 25 not in employment or training",
    home_for_whom_career_change: "Employees who want to change careers",
    home_for_whom_disability: "People with disabilities",
    home_for_whom_newcomers: "People who have recently arrived in France",
    home_for_whom_counsellors: "The counsellors who support them",
    home_how_title: "How does it work?",
    home_how_step_answer: "You answer a few questions: education, situation, location, interests, constraints.",
    home_how_step_results: "You see the trainings that fit you, with distance, dates, cost and entry requirements.",
    home_how_step_contact: "You know whom to contact: the training provider, or an organisation that supports you.",
    home_help_title: "Who can help you?",
    home_help_intro: "You don't have to choose alone. Depending on your situation:",
    home_help_mission_locale: "the Mission Locale, if you are 16 to 25;",
    home_help_france_travail: "France Travail, if you are looking for a job;",
    home_help_cap_emploi: "Cap Emploi, if you have a recognised disability (RQTH);",
    home_help_mediation: "a digital-mediation place, if you first want to get comfortable with a computer or smartphone.",
    home_privacy_title: "Your answers stay with you",
    home_privacy_text: "Everything happens in your browser: your answers are sent to no server, \
        and there is no account and no tracker.",

    quiz_doc_title: "Orientation questionnaire — Aiguillage",
    quiz_title: "Orientation questionnaire",
    quiz_coming: "The questionnaire is being built: it is not available yet, so this page does not \
        show any results for now.",
    quiz_meanwhile: "Meanwhile, a Mission Locale (ages 16-25), France Travail or Cap Emploi can help you \
        find a training.",
    back_home: "Back to the home page",

    not_found_doc_title: "Page not found — Aiguillage",
    not_found_title: "Page not found",
    not_found_text: "This address does not match any page of Aiguillage. It may have been copied incorrectly.",

    footer_privacy: "No data leaves your browser: no account, no tracker.",
    footer_licence: "Aiguillage is free software (AGPL-3.0 or later licence).",
};
