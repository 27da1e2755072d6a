//! Every core sentence in French: non-breaking space before « : ; ? ! », decimal comma,
//! "1er août 2027", inclusive wording (« demandeur·euse »). Templates: see [`Sentences`].

use super::sentences::{
    french_count, french_label_value, ConditionSentence, Counted, IssueSentences, ReasonSentence,
    Sentences, WarningSentence,
};
use crate::catalogue::text_safety::UnsafeKind;
use crate::catalogue::{
    Audience, DocumentError, Format, Funder, FundingKind, HelpKind, Intake, Label, Problem,
    RecordKind, SelectionStep, ValueKind, Weekday,
};
use crate::date::Date;
use crate::matching::{
    Criterion, Fact, FundingRoute, HelpReason, IncomeRoute, Pay, RankStep, Widening,
};
use crate::profile::{
    AgeRange, DigitalComfort, Diploma, Domain, EducationLevel, Gender, Modality, Newcomer, Rhythm,
    Rqth, Situation, StartWindow,
};

/// French.
pub struct Fr;

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// "12 janvier 2027", "1er août 2027" (easy French writes dates the same way).
pub(crate) fn date(d: Date) -> String {
    let month = MONTHS
        .get(usize::from(d.month().saturating_sub(1)))
        .unwrap_or(&"");
    let ordinal = if d.day() == 1 { "er" } else { "" };
    format!("{}{ordinal} {month} {}", d.day(), d.year())
}

/// "9 h", "8 h 30" with non-breaking spaces.
pub(crate) fn time(hours: u16, minutes: u16) -> String {
    if minutes == 0 {
        format!("{hours}\u{a0}h")
    } else {
        format!("{hours}\u{a0}h\u{a0}{minutes:02}")
    }
}

/// French weekdays, also used by easy French.
pub(crate) fn weekday(d: Weekday) -> &'static str {
    match d {
        Weekday::Lundi => "lundi",
        Weekday::Mardi => "mardi",
        Weekday::Mercredi => "mercredi",
        Weekday::Jeudi => "jeudi",
        Weekday::Vendredi => "vendredi",
        Weekday::Samedi => "samedi",
        Weekday::Dimanche => "dimanche",
    }
}

impl Sentences for Fr {
    fn decimal_separator(&self) -> char {
        ','
    }

    fn thousands_separator(&self) -> char {
        '\u{202f}'
    }

    fn euros(&self) -> &'static str {
        "{amount}\u{a0}€"
    }

    fn date(&self, d: Date) -> String {
        date(d)
    }

    fn time(&self, hours: u16, minutes: u16) -> String {
        time(hours, minutes)
    }

    fn and(&self) -> &'static str {
        " et "
    }

    fn or(&self) -> &'static str {
        " ou "
    }

    fn semicolon(&self) -> &'static str {
        "\u{a0}; "
    }

    fn label_value(&self, label: &str, value: &str) -> String {
        french_label_value(label, value)
    }

    fn count(&self, n: usize, what: Counted) -> String {
        let (one, many) = match what {
            Counted::Courses => ("{n} formation", "{n} formations"),
            Counted::CoursesInYourFields => (
                "{n} formation dans vos domaines",
                "{n} formations dans vos domaines",
            ),
            Counted::RemoteCoursesHere => (
                "voici {n} formation à distance dans ce domaine",
                "voici {n} formations à distance dans ce domaine",
            ),
            Counted::Characters => ("{n} caractère", "{n} caractères"),
            Counted::CharactersRemoved => ("{n} caractère retiré", "{n} caractères retirés"),
        };
        french_count(n, one, many)
    }

    fn domain(&self, d: Domain) -> &'static str {
        match d {
            Domain::DeveloppementWebMobile => "développement web & mobile",
            Domain::DataIa => "data & IA",
            Domain::Cybersecurite => "cybersécurité",
            Domain::ReseauxSystemesCloud => "réseaux, systèmes & cloud",
            Domain::SupportMaintenance => "support & maintenance informatique",
            Domain::DesignUxUi => "design UX/UI",
            Domain::JeuxVideo3d => "jeux vidéo & 3D",
            Domain::MarketingCommunication => "marketing & communication digitale",
            Domain::MediationNumerique => "médiation numérique",
            Domain::BasesNumerique => "bases du numérique",
        }
    }

    fn education_level(&self, l: EducationLevel) -> &'static str {
        match l {
            EducationLevel::SansDiplome => "sans diplôme",
            EducationLevel::Brevet => "brevet",
            EducationLevel::CapBep => "CAP / BEP",
            EducationLevel::Bac => "bac",
            EducationLevel::Bac2 => "bac+2",
            EducationLevel::Bac34 => "bac+3/4",
            EducationLevel::Bac5Plus => "bac+5 et plus",
        }
    }

    fn situation(&self, s: Situation) -> &'static str {
        match s {
            Situation::DemandeurEmploiInscrit => {
                "demandeur·euse d'emploi inscrit·e à France Travail"
            }
            Situation::DemandeurEmploiNonInscrit => "demandeur·euse d'emploi non inscrit·e",
            Situation::JeuneSansEmploiNiFormation => {
                "jeune de 16 à 25 ans sans emploi ni formation"
            }
            Situation::SalarieReconversion => "salarié·e en reconversion",
            Situation::EtudiantLyceen => "étudiant·e / lycéen·ne",
            Situation::IndependantCreation => "indépendant·e / projet de création",
            Situation::Autre => "autre situation",
        }
    }

    fn digital_comfort(&self, c: DigitalComfort) -> &'static str {
        match c {
            DigitalComfort::Debutant => "débutant·e",
            DigitalComfort::ALAise => "à l'aise",
            DigitalComfort::Avance => "avancé·e",
        }
    }

    fn modality(&self, m: Modality) -> &'static str {
        match m {
            Modality::Presentiel => "en présentiel",
            Modality::Hybride => "en hybride (présentiel et distance)",
            Modality::Distanciel => "à distance",
        }
    }

    fn rhythm(&self, r: Rhythm) -> &'static str {
        match r {
            Rhythm::TempsPlein => "à temps plein",
            Rhythm::TempsPartiel => "à temps partiel",
            Rhythm::Alternance => "en alternance",
            Rhythm::SoirWeekEnd => "le soir ou le week-end",
        }
    }

    fn start_window(&self, w: StartWindow) -> &'static str {
        match w {
            StartWindow::DesQuePossible => "dès que possible",
            StartWindow::Moins3Mois => "dans moins de 3 mois",
            StartWindow::Moins6Mois => "dans moins de 6 mois",
            StartWindow::PlusTard => "plus tard",
        }
    }

    fn audience(&self, a: Audience) -> &'static str {
        match a {
            Audience::TousPublics => "tous publics",
            Audience::Actifs => "personnes en emploi",
            Audience::DemandeursEmploi => "demandeurs d'emploi",
            Audience::Etudiants => "étudiants",
            Audience::Femmes => "femmes",
            Audience::Jeunes => "jeunes de 16 à 25 ans",
            Audience::PersonnesEnSituationDeHandicap => "personnes en situation de handicap",
            Audience::ResidentsQpvFrr => {
                "habitants des quartiers prioritaires (QPV) ou zones rurales (FRR)"
            }
            Audience::Seniors => "personnes de 50 ans et plus",
            Audience::BeneficiairesDesMinimasSociaux => "bénéficiaires des minima sociaux (RSA…)",
            Audience::PersonnesExilees => "personnes exilées ou réfugiées",
        }
    }

    fn funder(&self, f: Funder) -> &'static str {
        match f {
            Funder::FranceTravail => "France Travail",
            Funder::Region => "la Région",
            Funder::Cpf => "le CPF",
            Funder::Agefiph => "l'Agefiph",
            Funder::Opco => "un OPCO",
            Funder::Etat => "l'État",
            Funder::TransitionsPro => "Transitions Pro",
            Funder::Employeur => "l'employeur",
            Funder::Beneficiaire => "vous-même",
            Funder::Autre => "un autre financeur",
        }
    }

    fn selection_step(&self, s: SelectionStep) -> &'static str {
        match s {
            SelectionStep::Aucune => "sans sélection",
            SelectionStep::InformationCollective => "réunion d'information collective",
            SelectionStep::Dossier => "dossier de candidature",
            SelectionStep::Tests => "tests",
            SelectionStep::Entretien => "entretien",
        }
    }

    fn help_kind(&self, k: HelpKind) -> &'static str {
        match k {
            HelpKind::MissionLocale => "Mission Locale",
            HelpKind::FranceTravail => "France Travail",
            HelpKind::CapEmploi => "Cap Emploi",
            HelpKind::MediationNumerique => "lieu de médiation numérique",
            HelpKind::Pij => "Point Information Jeunesse",
            HelpKind::FranceServices => "France Services",
            HelpKind::Autre => "structure d'accompagnement",
            HelpKind::Cep => "Conseil en évolution professionnelle",
            HelpKind::TransitionsPro => "Transitions Pro",
            HelpKind::EnicNaric => "ENIC-NARIC France",
            HelpKind::CoursFrancais => "cours de français",
        }
    }

    fn diploma(&self, d: Diploma) -> &'static str {
        match d {
            Diploma::SansDiplome => "sans diplôme",
            Diploma::Brevet => "brevet",
            Diploma::CapBep => "CAP / BEP",
            Diploma::BacPro => "bac professionnel",
            Diploma::BacGeneral => "bac général ou technologique",
            Diploma::Bac2 => "bac+2",
            Diploma::Bac34 => "bac+3/4",
            Diploma::Bac5Plus => "bac+5 et plus",
        }
    }

    fn gender(&self, g: Gender) -> &'static str {
        match g {
            Gender::Femme => "femme",
            Gender::Homme => "homme",
            Gender::Autre => "autre",
            Gender::NePasDire => "je préfère ne pas répondre",
        }
    }

    fn newcomer(&self, n: Newcomer) -> &'static str {
        match n {
            Newcomer::Non => "non",
            Newcomer::ArriveRecemment => "je suis arrivé·e en France récemment",
            Newcomer::DiplomeEtranger => "j'ai un diplôme obtenu à l'étranger",
            Newcomer::ArriveAvecDiplomeEtranger => {
                "les deux\u{a0}: arrivé·e récemment, avec un diplôme étranger"
            }
        }
    }

    fn funding_kind(&self, k: FundingKind) -> &'static str {
        match k {
            FundingKind::Gratuit => "gratuit",
            FundingKind::Finance => "financement possible",
            FundingKind::Payant => "payant",
        }
    }

    fn intake(&self, i: Intake) -> &'static str {
        match i {
            Intake::DatesFixes => "dates fixes",
            Intake::EntreesPermanentes => "entrées tout au long de l'année",
            Intake::AConfirmer => "prochaine session à confirmer",
        }
    }

    fn quality_label(&self, l: Label) -> &'static str {
        match l {
            Label::Qualiopi => "Qualiopi",
            Label::GrandeEcoleDuNumerique => "Grande École du Numérique",
            Label::NumeriqueInclusif => "Numérique inclusif",
        }
    }

    fn rqth(&self, r: Rqth) -> &'static str {
        match r {
            Rqth::Oui => "oui, j'ai une RQTH",
            Rqth::Non => "non",
            Rqth::NePasDire => "je préfère ne pas répondre",
        }
    }
    fn reason(&self, r: ReasonSentence) -> &'static str {
        match r {
            ReasonSentence::Distance => "{distance}",
            ReasonSentence::Remote => "entièrement à distance",
            ReasonSentence::NoDiplomaRequired => "aucun diplôme requis",
            ReasonSentence::LevelMet => "niveau demandé\u{a0}: {level} (vous l'avez)",
            ReasonSentence::Interest => "correspond à votre intérêt\u{a0}: {domains}",
            ReasonSentence::OtherDomain => "autre domaine que vos choix\u{a0}: {domains}",
            ReasonSentence::FreePaidForJobseekers => "gratuite et rémunérée pour les demandeurs d'emploi",
            ReasonSentence::FreePaid => "gratuite et rémunérée",
            ReasonSentence::Free => "gratuite",
            ReasonSentence::FundedAsk => "financement possible\u{a0}: demandez lequel s'applique à votre situation",
            ReasonSentence::FundedAskPaidForJobseekers => "financement possible\u{a0}: demandez lequel s'applique à votre situation\u{a0}; rémunérée pour les demandeurs d'emploi",
            ReasonSentence::FundedAskPaid => "financement possible\u{a0}: demandez lequel s'applique à votre situation\u{a0}; rémunérée",
            ReasonSentence::Funded => "financement possible dans votre situation\u{a0}: {funders}",
            ReasonSentence::FundedPaidForJobseekers => "financement possible dans votre situation\u{a0}: {funders}\u{a0}; rémunérée pour les demandeurs d'emploi",
            ReasonSentence::FundedPaid => "financement possible dans votre situation\u{a0}: {funders}\u{a0}; rémunérée",
            ReasonSentence::Remunerated => "rémunérée",
            ReasonSentence::NextStart => "prochaine rentrée le {date}",
            ReasonSentence::PermanentIntake => "entrées permanentes\u{a0}: vous pouvez commencer à tout moment",
            ReasonSentence::CertificationRncpLevel => "diplôme ou titre reconnu (RNCP, niveau {level})",
            ReasonSentence::CertificationRncp => "titre reconnu (RNCP)",
            ReasonSentence::CertificationLevel => "certification de niveau {level}",
            ReasonSentence::Certification => "certification",
            ReasonSentence::Fits => "{label}",
            ReasonSentence::WheelchairAccessible => "lieu accessible en fauteuil roulant",
            ReasonSentence::DisabilityReferent => "référent·e handicap sur place",
            ReasonSentence::ReservedForYou => "réservé aux {label}\u{a0}: c'est votre cas",
        }
    }

    fn distance(&self, approximate: bool, under_one_km: bool) -> &'static str {
        match (approximate, under_one_km) {
            (true, true) => "dans votre commune",
            (false, true) => "à moins de 1 km",
            (false, false) => "à {km} km",
            (true, false) => "à environ {km} km",
        }
    }

    fn fact(&self, f: Fact) -> &'static str {
        match f {
            Fact::Cost => "le coût et le financement",
            Fact::EntryLevel => "le niveau demandé",
            Fact::Modality => "le format (présentiel ou distance)",
            Fact::Rhythm => "le rythme",
            Fact::Recruitment => "si les inscriptions sont ouvertes",
            Fact::Remuneration => "si la formation est rémunérée",
            Fact::Accessibility => "l'accessibilité",
            Fact::Duration => "la durée",
        }
    }

    fn warning(&self, w: WarningSentence) -> &'static str {
        match w {
            WarningSentence::SelectionTests => "sélection sur tests",
            WarningSentence::SelectionInterview => "sélection sur entretien",
            WarningSentence::SelectionFile => "sélection sur dossier",
            WarningSentence::SelectionStep => "{label}",
            WarningSentence::MinAge => "réservé aux {age} ans et plus",
            WarningSentence::MaxAge => "réservé aux {age} ans et moins",
            WarningSentence::AgeBetween => "réservé aux {min}–{max} ans\u{a0}: vérifiez que vous êtes dans cette tranche d'âge",
            WarningSentence::AgeFrom => "réservé aux {min} ans et plus\u{a0}: vérifiez que vous avez l'âge demandé",
            WarningSentence::AgeUpTo => "réservé aux {max} ans et moins\u{a0}: vérifiez que vous avez l'âge demandé",
            WarningSentence::AgeLimit => "limite d'âge\u{a0}: à vérifier auprès de l'organisme",
            WarningSentence::ReservedForWomen => "réservé aux femmes\u{a0}: vérifiez auprès de l'organisme",
            WarningSentence::ReservedFor => "réservé aux {label}\u{a0}: à vérifier avec l'organisme",
            WarningSentence::MinorCheckMinimumAge => "vous avez moins de 18 ans\u{a0}: vérifiez l'âge minimum auprès de l'organisme",
            WarningSentence::LevelPossibleButHard => "niveau {level} demandé\u{a0}: possible avec un bac pro, mais difficile (niveau licence visé)",
            WarningSentence::RegisterWithFranceTravail => "réservé aux demandeurs d'emploi\u{a0}: inscrivez-vous d'abord à France Travail",
            WarningSentence::ApplyBefore => "candidature avant le {date}",
            WarningSentence::DatesToConfirm => "prochaine session à confirmer",
            WarningSentence::Unknown => "{fact}\u{a0}: à vérifier auprès de l'organisme",
            WarningSentence::ApproximateLocation => "adresse exacte à vérifier\u{a0}: distance calculée depuis le centre de la commune",
            WarningSentence::PayingPrice => "payant\u{a0}: {price} (des financements peuvent exister)",
            WarningSentence::Paying => "payant (des financements peuvent exister)",
            WarningSentence::CheckedLongAgo => "informations de {year}\u{a0}: vérifiez auprès de l'organisme que cette formation existe encore",
        }
    }

    fn unknown_facts(&self) -> &'static str {
        "à vérifier auprès de l'organisme\u{a0}: {facts}"
    }

    fn condition(&self, c: ConditionSentence) -> &'static str {
        match c {
            ConditionSentence::Distance => "à {km} km, au-delà de vos {radius} km",
            ConditionSentence::TooYoung => "réservé aux {min} ans et plus",
            ConditionSentence::TooOld => "réservé aux {max} ans et moins",
            ConditionSentence::LevelBelowRefresher => "demande le niveau {level} (une remise à niveau peut suffire)",
            ConditionSentence::LevelBelowExperience => "demande le niveau {level}\u{a0}: une entrée par validation des acquis (VAPP) est parfois possible",
            ConditionSentence::Modality => "se déroule {label}, pas au format choisi",
            ConditionSentence::Rhythm => "rythme proposé\u{a0}: {labels}",
            ConditionSentence::StartsTooLate => "commence le {date}, plus tard que souhaité",
            ConditionSentence::TooLong => "dure environ {weeks} semaines, plus que vos {max_weeks} semaines",
            ConditionSentence::NotRemunerated => "formation non rémunérée",
            ConditionSentence::RemoteNotWanted => "entièrement à distance",
        }
    }

    fn widening(&self, w: &Widening) -> &'static str {
        match w {
            Widening::Radius { .. } => {
                "Rien à moins de {from} km\u{a0}: nous avons élargi la recherche à {to} km."
            }
            Widening::RemoteOnly { .. } => {
                "Rien à moins de 100 km\u{a0}: voici des formations à distance."
            }
            Widening::Nothing => {
                "Aucune formation ne correspond pour l'instant\u{a0}: les structures ci-dessous peuvent vous aider."
            }
        }
    }

    fn help_reason(&self, h: HelpReason) -> &'static str {
        match h {
            HelpReason::YoungIfAge(_) => {
                "{condition}, elle peut vous accompagner, notamment avec le Contrat d'engagement jeune"
            }
            HelpReason::Young => {
                "accompagne les jeunes de 16 à 25 ans (jusqu'à 29 ans avec une RQTH), dont le Contrat d'engagement jeune"
            }
            HelpReason::Jobseeker => {
                "accompagne les demandeurs d'emploi et peut financer une formation"
            }
            HelpReason::Rqth => {
                "accompagne les personnes en situation de handicap (RQTH), avec l'Agefiph pour les financements"
            }
            HelpReason::Beginner => {
                "aide à prendre en main l'ordinateur et Internet, gratuitement le plus souvent"
            }
            HelpReason::Minor16To17 => {
                "de 16 à 18 ans, se former est obligatoire (obligation de formation)\u{a0}: la Mission Locale est la première porte"
            }
            HelpReason::RegisterFirst => {
                "inscrivez-vous d'abord comme demandeur·euse d'emploi\u{a0}: cela ouvre l'accompagnement et les formations financées"
            }
            HelpReason::CareerChange => {
                "accompagnement gratuit et confidentiel pour construire votre projet de reconversion"
            }
            HelpReason::CareerChangeFunding => {
                "peut financer la formation d'un·e salarié·e du privé qui change de métier, rémunération maintenue sous conditions"
            }
            HelpReason::Newcomer => {
                "si vous êtes arrivé·e récemment, le contrat d'intégration républicaine (OFII) peut inclure des cours de français"
            }
            HelpReason::ForeignDiploma => {
                "délivre une attestation de comparabilité de votre diplôme étranger"
            }
        }
    }

    fn if_age(&self, ages: AgeRange) -> &'static str {
        match (ages.min, ages.max) {
            _ if ages == AgeRange::YOUNG => {
                "si vous avez entre 16 et 25 ans (jusqu'à 29 ans avec une RQTH)"
            }
            (Some(_), Some(_)) => "si vous avez entre {min} et {max} ans",
            (None, Some(_)) => "si vous avez moins de {under} ans",
            (Some(_), None) => "si vous avez {min} ans ou plus",
            (None, None) => "",
        }
    }

    fn pay(&self, p: Pay) -> &'static str {
        match p {
            Pay::Paid => "rémunérée",
            Pay::Unpaid => "non rémunérée",
            Pay::ToCheck => "à vérifier auprès de l'organisme",
        }
    }

    fn income_route(&self, r: IncomeRoute) -> &'static str {
        match r {
            IncomeRoute::ContratEngagementJeune => {
                "Contrat d'engagement jeune (16–25 ans, 29 avec une RQTH)\u{a0}: une allocation pendant un parcours vers la formation\u{a0}; à demander à la Mission Locale."
            }
            IncomeRoute::RemunerationRegion => {
                "Rémunération de la Région\u{a0}: en recherche d'emploi sans allocation chômage, une formation financée par la Région peut être rémunérée\u{a0}; à demander avant l'entrée en formation."
            }
            IncomeRoute::Apprentissage => {
                "Alternance (apprentissage, contrat de professionnalisation)\u{a0}: un contrat de travail payé\u{a0}; il faut trouver un employeur."
            }
        }
    }

    fn funding_route(&self, r: FundingRoute) -> &'static str {
        match r {
            FundingRoute::Rqth => {
                "Avec une RQTH, Cap Emploi et l'Agefiph peuvent financer la formation et ses adaptations."
            }
            FundingRoute::Young => {
                "Entre 16 et 25 ans, la Mission Locale peut vous aider à financer la formation (Contrat d'engagement jeune, aides de la Région)."
            }
            FundingRoute::Jobseeker => {
                "En recherche d'emploi, la Région ou France Travail (AIF) peuvent prendre en charge la formation, parfois avec une rémunération\u{a0}: renseignez-vous auprès de France Travail (l'inscription est gratuite) avant d'entrer en formation."
            }
            FundingRoute::Employee => {
                "Salarié·e, vous pouvez utiliser votre CPF, ou demander un projet de transition professionnelle (Transitions Pro)."
            }
            FundingRoute::Other => {
                "Demandez à l'organisme quels financements sont possibles dans votre situation."
            }
        }
    }

    fn interest_missing(&self, remote: bool, others: bool) -> &'static str {
        match (remote, others) {
            (true, true) => "Aucune formation en {domains} sur place à moins de {km} km\u{a0}; {remote}, puis des formations proches dans d'autres domaines.",
            (true, false) => "Aucune formation en {domains} sur place à moins de {km} km\u{a0}; {remote}.",
            (false, true) => "Aucune formation en {domains} sur place à moins de {km} km\u{a0}; voici des formations proches dans d'autres domaines.",
            (false, false) => "Aucune formation en {domains} sur place à moins de {km} km.",
        }
    }

    fn widen_to(&self) -> &'static str {
        "Élargir à {km} km\u{a0}: {courses}"
    }

    fn also_remote(&self) -> &'static str {
        "Voir aussi les formations à distance\u{a0}: {courses}"
    }

    fn criterion(&self, c: Criterion) -> &'static str {
        match c {
            Criterion::Interest => "un domaine que vous avez choisi",
            Criterion::Distance => "la distance (moitié à 10 km)",
            Criterion::Funding => "gratuite ou financée",
            Criterion::Start => "un début proche",
            Criterion::BeginnerBasics => "les bases, si vous débutez",
            Criterion::Remuneration => "une formation rémunérée",
            Criterion::Level => "un niveau adapté au vôtre",
            Criterion::WomenOnly => "réservée aux femmes, si demandé",
            Criterion::Accessibility => "l'accessibilité (RQTH)",
            Criterion::Modality => "le format choisi",
            Criterion::Rhythm => "le rythme choisi",
            Criterion::Duration => "une durée connue",
        }
    }

    fn rank_step(&self, s: RankStep) -> &'static str {
        match s {
            RankStep::Eligibility => {
                "Seules les formations accessibles (âge, niveau, public, dates, distance) sont proposées\u{a0}; il manque une condition à celles listées à part."
            }
            RankStep::Interest => {
                "Les formations dans les domaines que vous avez choisis passent en premier."
            }
            RankStep::PayWhenNeeded => {
                "Si vous devez être rémunéré·e\u{a0}: les formations rémunérées, puis celles à vérifier."
            }
            RankStep::Score => "Puis un score, somme de points\u{a0}:",
            RankStep::Nearest => {
                "À score égal, la plus proche. Aucun organisme ne paie pour son rang."
            }
        }
    }

    fn rank_points(&self) -> &'static str {
        "jusqu'à {points} points\u{a0}: {criterion}"
    }

    fn weekday(&self, d: Weekday) -> &'static str {
        weekday(d)
    }

    fn day_run(&self) -> &'static str {
        "du {first} au {last}"
    }

    fn closed_on_public_holidays(&self) -> &'static str {
        "fermé les jours fériés"
    }
}

impl IssueSentences for Fr {
    fn value_kind(&self, k: ValueKind) -> &'static str {
        match k {
            ValueKind::Null => "null",
            ValueKind::Boolean => "true ou false",
            ValueKind::Number => "un nombre",
            ValueKind::WholeNumber => "un nombre entier positif",
            ValueKind::Text => "un texte entre guillemets",
            ValueKind::List => "une liste [ … ]",
            ValueKind::Object => "un objet { … }",
            ValueKind::Unknown => "une autre valeur (voir SCHEMA.md)",
        }
    }

    fn unsafe_kind(&self, k: UnsafeKind) -> &'static str {
        match k {
            UnsafeKind::Bidi => "caractères d'inversion du sens d'écriture",
            UnsafeKind::Invisible => "caractères invisibles",
            UnsafeKind::Control => "caractères de contrôle",
            UnsafeKind::CombiningMarks => "accents empilés",
        }
    }

    fn document_error(&self, e: &DocumentError) -> &'static str {
        match e {
            DocumentError::TooLarge { .. } => {
                "le document dépasse la limite de {max} octets ({mib} Mio)\u{a0}; découpez le catalogue"
            }
            DocumentError::NotUtf8 { .. } => {
                "le fichier n'est pas en UTF-8 (octet {offset}, ligne {line})\u{a0}; enregistrez-le en UTF-8"
            }
            DocumentError::Empty => "le document est vide",
            DocumentError::Html => "le document est une page web (HTML), pas un catalogue JSON",
            DocumentError::NotAnObject { .. } => {
                "le document est {found}, attendu\u{a0}: un objet { \"schema_version\": 1, … }"
            }
            DocumentError::Truncated => {
                "le document s'arrête avant la fin du JSON (fichier tronqué\u{a0}?)"
            }
            DocumentError::Syntax { .. } => "le JSON est invalide ligne {line}, colonne {column}",
            DocumentError::MissingSchemaVersion => "champ `schema_version` manquant",
            DocumentError::UnsupportedSchemaVersion { .. } => {
                "version de schéma {found} non prise en charge (attendu\u{a0}: {supported})"
            }
            DocumentError::ArrayWrongType { .. } => "`{array}` est {found}, attendu\u{a0}: une liste [ … ]",
        }
    }

    fn record_kind(&self, k: RecordKind) -> &'static str {
        match k {
            RecordKind::Document => "le document",
            RecordKind::Provider => "l'organisme",
            RecordKind::Place => "le lieu",
            RecordKind::Course => "la formation",
            RecordKind::Session => "la session",
            RecordKind::HelpPlace => "le lieu d'aide",
            RecordKind::HelpNetwork => "le réseau d'aide",
        }
    }

    fn record_kind_after_to(&self, k: RecordKind) -> &'static str {
        match k {
            RecordKind::Document => "au document",
            RecordKind::Provider => "à l'organisme",
            RecordKind::Place => "au lieu",
            RecordKind::Course => "à la formation",
            RecordKind::Session => "à la session",
            RecordKind::HelpPlace => "au lieu d'aide",
            RecordKind::HelpNetwork => "au réseau d'aide",
        }
    }

    fn problem(&self, p: &Problem) -> &'static str {
        match p {
            Problem::Document(_) => "{document}",
            Problem::MissingField => "champ obligatoire manquant",
            Problem::DuplicateField => "champ donné deux fois dans le même enregistrement",
            Problem::WrongType { value: Some(_), .. } => {
                "type incorrect\u{a0}: {found} « {value} », attendu\u{a0}: {expected}"
            }
            Problem::WrongType { value: None, .. } => {
                "type incorrect\u{a0}: {found}, attendu\u{a0}: {expected}"
            }
            Problem::UnknownValue { .. } => {
                "valeur inconnue « {value} »\u{a0}; valeurs possibles\u{a0}: {allowed}"
            }
            Problem::InvalidDate { .. } => {
                "date invalide « {value} », attendu AAAA-MM-JJ (ex. 2027-01-12)"
            }
            Problem::InvalidUrl { .. } => {
                "lien refusé « {value} »\u{a0}: seuls les liens http:// ou https:// sont acceptés"
            }
            Problem::InvalidEmail { .. } => {
                "adresse e-mail refusée « {value} » (attendu nom@domaine.fr)\u{a0}; le reste de l'enregistrement est gardé"
            }
            Problem::OutOfRange { .. } => "vaut {value}, attendu entre {min} et {max}",
            Problem::NotFinite => "nombre invalide (NaN ou infini)",
            Problem::TooLong { .. } => "texte trop long\u{a0}: {length}, {max} au plus",
            Problem::TooManyItems { .. } => "trop d'éléments\u{a0}: {count}, {max} au plus",
            Problem::Empty => "ne doit pas être vide",
            Problem::InvalidFormat { .. } => {
                "format invalide « {value} », attendu\u{a0}: {expected}"
            }
            Problem::DuplicateId { .. } => {
                "l'identifiant « {id} » est déjà utilisé\u{a0}; cet enregistrement est ignoré"
            }
            Problem::DuplicateKind { .. } => {
                "le réseau « {kind} » est déjà listé\u{a0}; cet enregistrement est ignoré"
            }
            Problem::UnknownReference { .. } => {
                "fait référence {to_target} « {id} », inconnu(e) ou rejeté(e)"
            }
            Problem::EndBeforeStart => "la date de fin est avant la date de début",
            Problem::AgeMinAboveMax => "l'âge minimum est supérieur à l'âge maximum",
            Problem::CharactersRemoved { .. } => {
                "{removed} du texte ({kinds})\u{a0}; l'enregistrement est gardé"
            }
            Problem::UnsafeCharacters { .. } => {
                "contient des {kinds}\u{a0}: refusé, car il pourrait se faire passer pour un autre"
            }
            Problem::Other { .. } => "erreur\u{a0}: {message}",
        }
    }

    fn format(&self, f: Format) -> &'static str {
        match f {
            Format::IdWithoutSpaces => "identifiant sans espace",
            Format::Digits(_) => "{n} chiffres",
            Format::InseeCode => "code INSEE à 5 caractères (93048, 2A004)",
            Format::Email => "adresse e-mail",
            Format::RomeCode => "lettre + 4 chiffres (M1805)",
            Format::RncpCode => "RNCP + chiffres (RNCP37674)",
        }
    }

    fn issue_id(&self) -> &'static str {
        " (id « {id} »)"
    }

    fn issue_field(&self) -> &'static str {
        ", champ `{field}`"
    }
}

/// The words of embedding.
pub(super) const EMBED: super::embedding::EmbedWords = super::embedding::EmbedWords {
    ignored: "paramètre « {param} » ignoré (« {value} »)\u{a0}: {why}",
    department_code: "département {code}",
    one_commune: "1 commune",
    communes: "{n} communes",
    guichet_heading: "Formations au numérique\u{a0}: le guichet de {name}",
    in_territory: "Sur le territoire\u{a0}: {territory}",
    remote_group: "À distance, depuis chez vous",
    beyond_territory: "Plus loin que {territory}",
    too_little_in_territory: "Peu de formations vous correspondent sur le territoire ({territory})\u{a0}: en voici d'autres, plus loin.",
    territory_communes_first: "Communes du territoire ({territory})",
};

/// Why an embedding parameter was ignored (for the console: easy French uses French).
pub(super) fn ignored_why(why: super::embedding::IgnoredWhy) -> &'static str {
    use super::embedding::IgnoredWhy as W;
    match why {
        W::Repeated => "donné deux fois, la première valeur est gardée",
        W::Empty => "la valeur est vide",
        W::TooLong => "la valeur est trop longue",
        W::NotAColour => "ce n'est pas une couleur, écrivez-la #005a9c ou #05a",
        W::TextColourWithoutColour => "la couleur du texte va avec « couleur », absente",
        W::NotHttps => "l'adresse du logo doit commencer par https://",
        W::HasCredentials => "l'adresse ne doit contenir ni identifiant ni mot de passe",
        W::HasWhitespace => "l'adresse ne doit contenir aucun espace",
        W::Markup => "le nom ne doit contenir ni balise ni caractère de contrôle",
        W::UnknownLang => "langues possibles\u{a0}: fr, en, facile",
        W::UnknownDomain => "ce n'est pas un code de domaine connu",
        W::UnknownStart => "valeurs possibles\u{a0}: accueil, questionnaire",
        W::NotAFlag => "valeurs possibles\u{a0}: 1, 0",
        W::NotSameOrigin => "seul un chemin de ce site est accepté (/data/….json)",
        W::TerritoryKind => "un territoire commence par dep: ou com: (dep:93, com:54547)",
        W::Postcode => {
            "un code postal ne désigne pas un territoire\u{a0}: donnez le code INSEE de la commune"
        }
        W::UnknownDepartment => "ce n'est pas un code de département (93, 2A, 971)",
        W::NotInseeCode => "ce n'est pas un code INSEE de commune (93048, 2A004)",
        W::TooMany => "trop de départements ou de communes",
    }
}

/// The counsellor's tools (issue 14): calendar, comparison, selection, offer.
pub(super) const COUNSEL: super::counsel::CounselWords = super::counsel::CounselWords {
    event_start: "Début de la formation « {title} »",
    event_deadline: "Dernier jour pour candidater à « {title} »",
    event_remote: "À distance",
    event_provider: "Organisme\u{a0}: {provider}",
    event_link: "Plus d'informations\u{a0}: {link}",
    event_check: "Les dates peuvent changer\u{a0}: vérifiez-les auprès de l'organisme.",
    no_event_unknown: "date inconnue\u{a0}: à vérifier auprès de l'organisme",
    no_event_to_confirm: "prochaine session à confirmer",
    no_event_passed: "cette date est passée",
    no_event_gone: "cette session n'est plus au catalogue",
    row_leads_to: "Débouchés",
    row_level: "Niveau demandé",
    row_age: "Âge",
    row_selection: "Sélection",
    row_duration: "Durée",
    row_rhythm: "Rythme",
    row_modality: "Modalité",
    row_cost: "Coût et financement pour vous",
    row_pay: "Rémunération",
    row_next_start: "Prochaine rentrée",
    row_deadline: "Date limite de candidature",
    row_distance: "Distance",
    row_accessibility: "Accessibilité",
    row_contact: "Contact",
    unknown: "à vérifier auprès de l'organisme",
    leads_to_jobs: "métiers\u{a0}: {jobs}",
    level_met: "vous avez ce niveau",
    level_one_below: "il vous manque un niveau",
    level_far_below: "au-dessus de votre niveau",
    age_between: "de {min} à {max} ans",
    age_from: "{min} ans et plus",
    age_up_to: "jusqu'à {max} ans",
    age_fits: "votre âge convient",
    age_does_not_fit: "hors de votre tranche d'âge",
    hours_one: "1 heure",
    hours_many: "{n} heures",
    weeks_one: "1 semaine",
    weeks_many: "{n} semaines",
    hours_over_weeks: "{hours} sur {weeks}",
    distance_no_place: "donnez votre commune pour voir la distance",
    not_wheelchair: "lieu non accessible en fauteuil roulant",
    no_referent: "pas de référent·e handicap indiqué",
    phone: "Téléphone",
    email: "Courriel",
    website: "Site",
    gone: "Formation « {id} »\u{a0}: plus disponible",
    selection_too_long: "La sélection de ce lien est trop longue pour en être une\u{a0}: elle a été vidée.",
    selection_malformed: "La sélection de ce lien est illisible\u{a0}: elle a été vidée.",
    selection_truncated: "Le lien contenait plus de {max} formations\u{a0}: les {max} premières sont gardées.",
    selection_full: "Votre sélection est pleine ({max} formations)\u{a0}: retirez-en une pour en ajouter une autre.",
    compare_how_many: "Choisissez de {min} à {max} formations à comparer.",
    all_france: "Toute la France",
    filter_free: "Gratuites ou financées",
    filter_paid: "Rémunérées",
    filter_accessible: "Accessibles en situation de handicap",
    filter_level: "Ouvertes avec le niveau {level}",
    filter_start_within: "Début dans les {months} mois",
    sort_soonest: "Début le plus proche",
    sort_nearest: "Les plus proches",
    sort_title: "Par titre",
};
