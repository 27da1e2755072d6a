//! Les textes en français (langue par défaut).

use super::Texts;

/// Every string in French.
pub const TEXTS: Texts = Texts {
    app_name: "Aiguillage",
    app_tagline: "Formations au numérique près de chez vous",
    skip_to_content: "Aller au contenu",
    lang_switch_label: "Read this site in English",
    lang_switch_text: "English",
    nav_label: "Navigation principale",
    nav_home: "Accueil",
    nav_quiz: "Questionnaire",

    home_doc_title: "Aiguillage — trouver une formation au numérique",
    home_title: "Trouvez une formation au numérique près de chez vous",
    home_intro: "Aiguillage vous oriente vers les formations aux métiers du numérique proches de chez vous, \
        y compris gratuites ou rémunérées, et vers les structures qui peuvent vous accompagner. \
        Chaque résultat est expliqué : pourquoi il vous correspond, ce qu'il demande, ce qui reste à vérifier.",
    cta_start: "Commencer le questionnaire",
    cta_start_hint: "Environ 5 minutes. Aucune inscription, aucun compte.",
    home_for_whom_title: "Pour qui ?",
    home_for_whom_jobseekers: "Les personnes en recherche d'emploi, inscrites ou non à France Travail",
    home_for_whom_young: "Les jeunes de 16 à 25 ans sans emploi ni formation",
    home_for_whom_career_change: "Les salariées et salariés qui veulent changer de métier",
    home_for_whom_disability: "Les personnes en situation de handicap",
    home_for_whom_newcomers: "Les personnes arrivées récemment en France",
    home_for_whom_counsellors: "Les conseillères et conseillers qui accompagnent ces personnes",
    home_how_title: "Comment ça marche ?",
    home_how_step_answer: "Vous répondez à quelques questions : niveau d'études, situation, lieu, centres d'intérêt, contraintes.",
    home_how_step_results: "Vous voyez les formations qui vous correspondent, avec la distance, les dates, le coût et les conditions d'entrée.",
    home_how_step_contact: "Vous savez qui contacter : l'organisme de formation, ou une structure qui vous accompagne.",
    home_help_title: "Qui peut vous aider ?",
    home_help_intro: "Vous n'êtes pas seul ou seule pour choisir. Selon votre situation :",
    home_help_mission_locale: "la Mission Locale, si vous avez entre 16 et 25 ans ;",
    home_help_france_travail: "France Travail, si vous cherchez un emploi ;",
    home_help_cap_emploi: "Cap Emploi, si vous avez une reconnaissance de handicap (RQTH) ;",
    home_help_mediation: "un lieu de médiation numérique, si vous voulez d'abord prendre en main l'ordinateur ou le smartphone.",
    home_privacy_title: "Vos réponses restent chez vous",
    home_privacy_text: "Tout se passe dans votre navigateur : vos réponses ne sont envoyées à aucun serveur, \
        il n'y a ni compte ni traceur.",

    quiz_doc_title: "Questionnaire d'orientation — Aiguillage",
    quiz_title: "Questionnaire d'orientation",
    quiz_coming: "Le questionnaire est en cours de construction : il n'est pas encore disponible, \
        et cette page ne propose donc aucun résultat pour l'instant.",
    quiz_meanwhile: "En attendant, une Mission Locale (16-25 ans), France Travail ou Cap Emploi peut vous aider \
        à trouver une formation.",
    back_home: "Retour à l'accueil",

    not_found_doc_title: "Page introuvable — Aiguillage",
    not_found_title: "Page introuvable",
    not_found_text: "Cette adresse ne correspond à aucune page d'Aiguillage. Elle a peut-être été mal copiée.",

    footer_privacy: "Aucune donnée ne quitte votre navigateur : pas de compte, pas de traceur.",
    footer_licence: "Aiguillage est un logiciel libre (licence AGPL-3.0 ou ultérieure).",
};
