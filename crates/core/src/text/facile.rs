//! Every core sentence in « Français facile »: easy-to-read French in the spirit of FALC (not
//! certified), written after the project's easy-French rules: short sentences, one idea
//! each, everyday words, "vous", abbreviations always explained ("reconnaissance de handicap
//! (RQTH)"), numbers as digits, no inclusive middle dot, the most important first. French typography and formats (dates, km, €) are those of [`super::fr`].

use super::fr;
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

/// Easy-to-read French.
pub struct Facile;

impl Sentences for Facile {
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
        fr::date(d)
    }

    fn time(&self, hours: u16, minutes: u16) -> String {
        fr::time(hours, minutes)
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
            // Opens a sentence of its own in [`Self::interest_missing`].
            Counted::RemoteCoursesHere => (
                "Voici {n} formation à distance dans ce domaine",
                "Voici {n} formations à distance dans ce domaine",
            ),
            Counted::Characters => ("{n} caractère", "{n} caractères"),
            Counted::CharactersRemoved => ("{n} caractère enlevé", "{n} caractères enlevés"),
        };
        french_count(n, one, many)
    }

    fn domain(&self, d: Domain) -> &'static str {
        match d {
            Domain::DeveloppementWebMobile => "création de sites web et d'applications",
            Domain::DataIa => "données et intelligence artificielle (IA)",
            Domain::Cybersecurite => "sécurité informatique",
            Domain::ReseauxSystemesCloud => "réseaux, serveurs et cloud",
            Domain::SupportMaintenance => "aide et dépannage informatique",
            Domain::DesignUxUi => "design de sites et d'applications",
            Domain::JeuxVideo3d => "jeux vidéo et 3D",
            Domain::MarketingCommunication => "communication et publicité sur Internet",
            Domain::MediationNumerique => "aider les autres à utiliser le numérique",
            Domain::BasesNumerique => "bases de l'ordinateur et d'Internet",
        }
    }

    fn education_level(&self, l: EducationLevel) -> &'static str {
        match l {
            EducationLevel::SansDiplome => "pas de diplôme",
            EducationLevel::Brevet => "brevet des collèges",
            EducationLevel::CapBep => "CAP ou BEP",
            EducationLevel::Bac => "bac",
            EducationLevel::Bac2 => "2 ans d'études après le bac",
            EducationLevel::Bac34 => "3 ou 4 ans d'études après le bac",
            EducationLevel::Bac5Plus => "5 ans d'études ou plus après le bac",
        }
    }

    fn diploma(&self, d: Diploma) -> &'static str {
        match d {
            Diploma::SansDiplome => "pas de diplôme",
            Diploma::Brevet => "brevet des collèges",
            Diploma::CapBep => "CAP ou BEP",
            Diploma::BacPro => "bac professionnel",
            Diploma::BacGeneral => "bac général ou technologique",
            Diploma::Bac2 => "2 ans d'études après le bac",
            Diploma::Bac34 => "3 ou 4 ans d'études après le bac",
            Diploma::Bac5Plus => "5 ans d'études ou plus après le bac",
        }
    }

    fn situation(&self, s: Situation) -> &'static str {
        match s {
            Situation::DemandeurEmploiInscrit => {
                "personne qui cherche un emploi, inscrite à France Travail"
            }
            Situation::DemandeurEmploiNonInscrit => {
                "personne qui cherche un emploi, pas inscrite à France Travail"
            }
            Situation::JeuneSansEmploiNiFormation => {
                "jeune de 16 à 25 ans, sans emploi et sans formation"
            }
            Situation::SalarieReconversion => "personne salariée qui veut changer de métier",
            Situation::EtudiantLyceen => "personne qui fait des études ou qui va au lycée",
            Situation::IndependantCreation => {
                "personne qui travaille à son compte ou qui crée son entreprise"
            }
            Situation::Autre => "autre situation",
        }
    }

    fn digital_comfort(&self, c: DigitalComfort) -> &'static str {
        match c {
            DigitalComfort::Debutant => "je débute avec l'ordinateur",
            DigitalComfort::ALAise => "je suis à l'aise avec l'ordinateur",
            DigitalComfort::Avance => "je connais très bien l'ordinateur",
        }
    }

    fn modality(&self, m: Modality) -> &'static str {
        match m {
            Modality::Presentiel => "sur place",
            Modality::Hybride => "en partie sur place, en partie à distance",
            Modality::Distanciel => "à distance",
        }
    }

    fn rhythm(&self, r: Rhythm) -> &'static str {
        match r {
            Rhythm::TempsPlein => "à temps plein",
            Rhythm::TempsPartiel => "à temps partiel",
            Rhythm::Alternance => "en alternance, avec un travail en entreprise",
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
            Audience::TousPublics => "tout le monde",
            Audience::Actifs => "personnes qui ont un emploi",
            Audience::DemandeursEmploi => "personnes qui cherchent un emploi",
            Audience::Etudiants => "étudiants et étudiantes",
            Audience::Femmes => "femmes",
            Audience::Jeunes => "jeunes de 16 à 25 ans",
            Audience::PersonnesEnSituationDeHandicap => "personnes en situation de handicap",
            Audience::ResidentsQpvFrr => {
                "personnes qui habitent un quartier prioritaire (QPV) ou une zone rurale aidée (FRR)"
            }
            Audience::Seniors => "personnes de 50 ans et plus",
            Audience::BeneficiairesDesMinimasSociaux => {
                "personnes qui touchent une aide sociale, comme le revenu de solidarité active (RSA)"
            }
            Audience::PersonnesExilees => "personnes exilées ou réfugiées",
        }
    }

    fn funder(&self, f: Funder) -> &'static str {
        match f {
            Funder::FranceTravail => "France Travail",
            Funder::Region => "la Région",
            Funder::Cpf => "votre compte formation (CPF)",
            Funder::Agefiph => "l'Agefiph",
            Funder::Opco => "l'organisme qui paie la formation des salariés (OPCO)",
            Funder::Etat => "l'État",
            Funder::TransitionsPro => "Transitions Pro",
            Funder::Employeur => "l'employeur",
            Funder::Beneficiaire => "vous-même",
            Funder::Autre => "un autre organisme",
        }
    }

    fn selection_step(&self, s: SelectionStep) -> &'static str {
        match s {
            SelectionStep::Aucune => "pas de sélection",
            SelectionStep::InformationCollective => "réunion d'information en groupe",
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
            HelpKind::MediationNumerique => "lieu d'aide au numérique",
            HelpKind::Pij => "Point Information Jeunesse",
            HelpKind::FranceServices => "France Services",
            HelpKind::Autre => "lieu d'aide",
            HelpKind::Cep => "Conseil en évolution professionnelle",
            HelpKind::TransitionsPro => "Transitions Pro",
            HelpKind::EnicNaric => "ENIC-NARIC France",
            HelpKind::CoursFrancais => "cours de français",
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
            Newcomer::ArriveRecemment => "je suis en France depuis peu de temps",
            Newcomer::DiplomeEtranger => "j'ai un diplôme d'un autre pays",
            Newcomer::ArriveAvecDiplomeEtranger => {
                "les deux\u{a0}: je suis en France depuis peu et j'ai un diplôme d'un autre pays"
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
            Intake::DatesFixes => "dates de début fixes",
            Intake::EntreesPermanentes => "vous pouvez commencer toute l'année",
            Intake::AConfirmer => "prochaine date de début à confirmer",
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
            Rqth::Oui => "oui, j'ai une reconnaissance de handicap (RQTH)",
            Rqth::Non => "non",
            Rqth::NePasDire => "je préfère ne pas répondre",
        }
    }

    fn reason(&self, r: ReasonSentence) -> &'static str {
        match r {
            ReasonSentence::Distance => "{distance}",
            ReasonSentence::Remote => "toute la formation se fait à distance",
            ReasonSentence::NoDiplomaRequired => "pas besoin de diplôme",
            ReasonSentence::LevelMet => "vous avez le niveau demandé\u{a0}: {level}",
            ReasonSentence::Interest => "c'est un domaine que vous avez choisi\u{a0}: {domains}",
            ReasonSentence::OtherDomain => "c'est un autre domaine\u{a0}: {domains}",
            ReasonSentence::FreePaidForJobseekers => "gratuite. Si vous cherchez un emploi, vous recevez de l'argent pendant la formation",
            ReasonSentence::FreePaid => "gratuite. Vous recevez de l'argent pendant la formation",
            ReasonSentence::Free => "gratuite",
            ReasonSentence::FundedAsk => "financement possible. Demandez qui peut payer pour vous",
            ReasonSentence::FundedAskPaidForJobseekers => "financement possible. Demandez qui peut payer pour vous. Si vous cherchez un emploi, vous recevez de l'argent pendant la formation",
            ReasonSentence::FundedAskPaid => "financement possible. Demandez qui peut payer pour vous. Vous recevez de l'argent pendant la formation",
            ReasonSentence::Funded => "financement possible par\u{a0}: {funders}",
            ReasonSentence::FundedPaidForJobseekers => "financement possible par\u{a0}: {funders}. Si vous cherchez un emploi, vous recevez de l'argent pendant la formation",
            ReasonSentence::FundedPaid => "financement possible par\u{a0}: {funders}. Vous recevez de l'argent pendant la formation",
            ReasonSentence::Remunerated => "vous recevez de l'argent pendant la formation",
            ReasonSentence::NextStart => "la formation commence le {date}",
            ReasonSentence::PermanentIntake => "vous pouvez commencer quand vous voulez",
            ReasonSentence::CertificationRncpLevel => "à la fin, vous avez un diplôme ou un titre reconnu par l'État (RNCP) de niveau {level}",
            ReasonSentence::CertificationRncp => "à la fin, vous avez un titre reconnu par l'État (RNCP)",
            ReasonSentence::CertificationLevel => "à la fin, vous avez une certification de niveau {level}",
            ReasonSentence::Certification => "à la fin, vous avez une certification",
            ReasonSentence::Fits => "{label}",
            ReasonSentence::WheelchairAccessible => "le lieu est accessible en fauteuil roulant",
            ReasonSentence::DisabilityReferent => "une personne est là pour aider les personnes en situation de handicap",
            ReasonSentence::ReservedForYou => "formation pour les {label}. C'est votre cas",
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
            Fact::Cost => "le prix et qui peut payer",
            Fact::EntryLevel => "le niveau demandé",
            Fact::Modality => "si la formation est sur place ou à distance",
            Fact::Rhythm => "les horaires",
            Fact::Recruitment => "si vous pouvez vous inscrire",
            Fact::Remuneration => "si vous recevez de l'argent pendant la formation",
            Fact::Accessibility => "si le lieu est accessible",
            Fact::Duration => "la durée",
        }
    }

    fn warning(&self, w: WarningSentence) -> &'static str {
        match w {
            WarningSentence::SelectionTests => "il y a des tests pour entrer",
            WarningSentence::SelectionInterview => "il y a un entretien pour entrer",
            WarningSentence::SelectionFile => "vous devez envoyer un dossier pour entrer",
            WarningSentence::SelectionStep => "{label}",
            WarningSentence::MinAge => "pour les personnes de {age} ans et plus",
            WarningSentence::MaxAge => "pour les personnes de {age} ans et moins",
            WarningSentence::AgeBetween => "pour les personnes de {min} à {max} ans. Vérifiez votre âge",
            WarningSentence::AgeFrom => "pour les personnes de {min} ans et plus. Vérifiez votre âge",
            WarningSentence::AgeUpTo => "pour les personnes de {max} ans et moins. Vérifiez votre âge",
            WarningSentence::AgeLimit => "il y a une limite d'âge. Demandez à l'organisme de formation",
            WarningSentence::ReservedForWomen => "pour les femmes seulement. Demandez à l'organisme de formation",
            WarningSentence::ReservedFor => "pour les {label} seulement. Demandez à l'organisme de formation",
            WarningSentence::MinorCheckMinimumAge => "vous avez moins de 18 ans. Demandez l'âge minimum à l'organisme de formation",
            WarningSentence::LevelPossibleButHard => "niveau demandé\u{a0}: {level}. C'est possible avec un bac professionnel, mais c'est difficile",
            WarningSentence::RegisterWithFranceTravail => "pour les personnes qui cherchent un emploi. Inscrivez-vous d'abord à France Travail",
            WarningSentence::ApplyBefore => "envoyez votre candidature avant le {date}",
            WarningSentence::DatesToConfirm => "la date de début sera donnée plus tard",
            WarningSentence::Unknown => "{fact}\u{a0}: demandez à l'organisme de formation",
            WarningSentence::ApproximateLocation => "l'adresse exacte est à vérifier. La distance part du centre de la commune",
            WarningSentence::PayingPrice => "formation payante\u{a0}: {price}. Des aides pour payer peuvent exister",
            WarningSentence::Paying => "formation payante. Des aides pour payer peuvent exister",
            WarningSentence::CheckedLongAgo => "informations de {year}. Demandez à l'organisme de formation si elle existe encore",
        }
    }

    fn unknown_facts(&self) -> &'static str {
        "demandez à l'organisme de formation\u{a0}: {facts}"
    }

    fn condition(&self, c: ConditionSentence) -> &'static str {
        match c {
            ConditionSentence::Distance => "à {km} km. C'est plus loin que vos {radius} km",
            ConditionSentence::TooYoung => "pour les personnes de {min} ans et plus",
            ConditionSentence::TooOld => "pour les personnes de {max} ans et moins",
            ConditionSentence::LevelBelowRefresher => "niveau demandé\u{a0}: {level}. Une remise à niveau peut suffire",
            ConditionSentence::LevelBelowExperience => "niveau demandé\u{a0}: {level}. Parfois, vous pouvez entrer grâce à la validation de votre expérience (VAPP)",
            ConditionSentence::Modality => "la formation se passe {label}. Vous avez choisi autre chose",
            ConditionSentence::Rhythm => "horaires de la formation\u{a0}: {labels}",
            ConditionSentence::StartsTooLate => "la formation commence le {date}. C'est plus tard que vous voulez",
            ConditionSentence::TooLong => "la formation dure environ {weeks} semaines. C'est plus que vos {max_weeks} semaines",
            ConditionSentence::NotRemunerated => "vous ne recevez pas d'argent pendant la formation",
            ConditionSentence::RemoteNotWanted => "toute la formation se fait à distance",
        }
    }

    fn widening(&self, w: &Widening) -> &'static str {
        match w {
            Widening::Radius { .. } => {
                "Il n'y a rien à moins de {from} km. Nous avons cherché jusqu'à {to} km."
            }
            Widening::RemoteOnly { .. } => {
                "Il n'y a rien à moins de 100 km. Voici des formations à distance."
            }
            Widening::Nothing => {
                "Aucune formation ne correspond pour le moment. Les lieux plus bas peuvent vous aider."
            }
        }
    }

    fn help_reason(&self, h: HelpReason) -> &'static str {
        match h {
            HelpReason::YoungIfAge(_) => {
                "{condition}, ce service peut vous aider. Par exemple avec le contrat d'engagement jeune (CEJ)"
            }
            HelpReason::Young => {
                "ce service aide les jeunes de 16 à 25 ans, ou 29 ans avec une reconnaissance de handicap (RQTH). Il propose le contrat d'engagement jeune (CEJ)"
            }
            HelpReason::Jobseeker => {
                "ce service aide les personnes qui cherchent un emploi. Il peut payer une formation"
            }
            HelpReason::Rqth => {
                "ce service aide les personnes qui ont une reconnaissance de handicap (RQTH). L'Agefiph peut aider à payer"
            }
            HelpReason::Beginner => {
                "on vous aide à utiliser l'ordinateur et Internet. C'est souvent gratuit"
            }
            HelpReason::Minor16To17 => {
                "de 16 à 18 ans, vous devez vous former. C'est obligatoire. Allez d'abord à la Mission Locale"
            }
            HelpReason::RegisterFirst => {
                "inscrivez-vous d'abord comme personne qui cherche un emploi. Vous aurez de l'aide et des formations payées pour vous"
            }
            HelpReason::CareerChange => {
                "on vous aide à préparer votre changement de métier. C'est gratuit. Ce que vous dites reste secret"
            }
            HelpReason::CareerChangeFunding => {
                "ce service peut payer la formation d'une personne salariée du privé qui change de métier, parfois avec son salaire"
            }
            HelpReason::Newcomer => {
                "en France depuis peu\u{a0}? Le contrat d'intégration de l'Office français de l'immigration et de l'intégration (OFII) peut avoir des cours de français"
            }
            HelpReason::ForeignDiploma => {
                "ce service donne un papier qui compare votre diplôme d'un autre pays aux diplômes français"
            }
        }
    }

    fn if_age(&self, ages: AgeRange) -> &'static str {
        match (ages.min, ages.max) {
            _ if ages == AgeRange::YOUNG => {
                "si vous avez entre 16 et 25 ans, ou jusqu'à 29 ans avec une reconnaissance de handicap (RQTH)"
            }
            (Some(_), Some(_)) => "si vous avez entre {min} et {max} ans",
            (None, Some(_)) => "si vous avez moins de {under} ans",
            (Some(_), None) => "si vous avez {min} ans ou plus",
            (None, None) => "",
        }
    }

    fn pay(&self, p: Pay) -> &'static str {
        match p {
            Pay::Paid => "vous recevez de l'argent",
            Pay::Unpaid => "vous ne recevez pas d'argent",
            Pay::ToCheck => "demandez à l'organisme de formation",
        }
    }

    fn income_route(&self, r: IncomeRoute) -> &'static str {
        match r {
            IncomeRoute::ContratEngagementJeune => {
                "Contrat d'engagement jeune (CEJ)\u{a0}: de l'argent pendant votre parcours vers une formation. De 16 à 25 ans, ou 29 ans avec une reconnaissance de handicap (RQTH). Demandez à la Mission Locale."
            }
            IncomeRoute::RemunerationRegion => {
                "Argent de la Région\u{a0}: sans allocation chômage, une formation payée par la Région peut vous donner de l'argent. Demandez avant le début."
            }
            IncomeRoute::Apprentissage => {
                "Alternance\u{a0}: un contrat de travail payé, avec une formation. Vous devez trouver un employeur."
            }
        }
    }

    fn funding_route(&self, r: FundingRoute) -> &'static str {
        match r {
            FundingRoute::Rqth => {
                "Avec une reconnaissance de handicap (RQTH), Cap Emploi et l'Agefiph peuvent payer la formation et ses adaptations."
            }
            FundingRoute::Young => {
                "De 16 à 25 ans, la Mission Locale peut vous aider à payer la formation. Par exemple avec le contrat d'engagement jeune (CEJ)."
            }
            FundingRoute::Jobseeker => {
                "Vous cherchez un emploi. La Région ou France Travail peuvent payer la formation, parfois avec de l'argent pour vous. Demandez à France Travail avant le début. L'inscription est gratuite."
            }
            FundingRoute::Employee => {
                "Vous êtes salarié ou salariée. Vous pouvez utiliser votre compte formation (CPF) ou demander l'aide de Transitions Pro."
            }
            FundingRoute::Other => {
                "Demandez à l'organisme de formation qui peut payer la formation pour vous."
            }
        }
    }

    fn interest_missing(&self, remote: bool, others: bool) -> &'static str {
        match (remote, others) {
            (true, true) => "Il n'y a pas de formation en {domains} sur place à moins de {km} km. {remote}. Ensuite, voici des formations proches dans d'autres domaines.",
            (true, false) => "Il n'y a pas de formation en {domains} sur place à moins de {km} km. {remote}.",
            (false, true) => "Il n'y a pas de formation en {domains} sur place à moins de {km} km. Voici des formations proches dans d'autres domaines.",
            (false, false) => "Il n'y a pas de formation en {domains} sur place à moins de {km} km.",
        }
    }

    fn widen_to(&self) -> &'static str {
        "Chercher jusqu'à {km} km\u{a0}: {courses}"
    }

    fn also_remote(&self) -> &'static str {
        "Voir aussi les formations à distance\u{a0}: {courses}"
    }

    fn criterion(&self, c: Criterion) -> &'static str {
        match c {
            Criterion::Interest => "un domaine que vous avez choisi",
            Criterion::Distance => "la distance. À 10 km, c'est la moitié des points",
            Criterion::Funding => "gratuite ou payée pour vous",
            Criterion::Start => "un début bientôt",
            Criterion::BeginnerBasics => "les bases, si vous débutez",
            Criterion::Remuneration => "vous recevez de l'argent pendant la formation",
            Criterion::Level => "un niveau qui vous va",
            Criterion::WomenOnly => "pour les femmes seulement, si vous le voulez",
            Criterion::Accessibility => {
                "l'accessibilité, si vous avez une reconnaissance de handicap (RQTH)"
            }
            Criterion::Modality => "sur place ou à distance, comme vous avez choisi",
            Criterion::Rhythm => "les horaires que vous avez choisis",
            Criterion::Duration => "une durée connue",
        }
    }

    fn rank_step(&self, s: RankStep) -> &'static str {
        match s {
            RankStep::Eligibility => {
                "Nous montrons les formations où vous pouvez entrer\u{a0}: âge, niveau, public, dates, distance. Les formations à part ont 1 condition qui manque."
            }
            RankStep::Interest => "Les formations dans vos domaines sont en premier.",
            RankStep::PayWhenNeeded => {
                "Besoin d'argent pendant la formation\u{a0}? Les formations payées pour vous sont en premier, puis celles à vérifier."
            }
            RankStep::Score => "Ensuite, chaque formation reçoit des points\u{a0}:",
            RankStep::Nearest => {
                "Avec les mêmes points, la plus proche est en premier. Aucun organisme ne paie pour sa place."
            }
        }
    }

    fn rank_points(&self) -> &'static str {
        "jusqu'à {points} points\u{a0}: {criterion}"
    }

    fn weekday(&self, d: Weekday) -> &'static str {
        fr::weekday(d)
    }

    fn day_run(&self) -> &'static str {
        "du {first} au {last}"
    }

    fn closed_on_public_holidays(&self) -> &'static str {
        "fermé les jours fériés"
    }
}

impl IssueSentences for Facile {
    fn value_kind(&self, k: ValueKind) -> &'static str {
        match k {
            ValueKind::Null => "null",
            ValueKind::Boolean => "true ou false",
            ValueKind::Number => "un nombre",
            ValueKind::WholeNumber => "un nombre entier, comme 0, 1 ou 2",
            ValueKind::Text => "un texte entre guillemets",
            ValueKind::List => "une liste [ … ]",
            ValueKind::Object => "un objet { … }",
            ValueKind::Unknown => "une autre valeur. Lisez SCHEMA.md",
        }
    }

    fn unsafe_kind(&self, k: UnsafeKind) -> &'static str {
        match k {
            UnsafeKind::Bidi => "caractères qui changent le sens d'écriture",
            UnsafeKind::Invisible => "caractères invisibles",
            UnsafeKind::Control => "caractères de contrôle",
            UnsafeKind::CombiningMarks => "accents posés les uns sur les autres",
        }
    }

    fn document_error(&self, e: &DocumentError) -> &'static str {
        match e {
            DocumentError::TooLarge { .. } => {
                "le document est trop gros. La limite est {max} octets, soit {mib} Mio. Coupez le catalogue en plusieurs fichiers"
            }
            DocumentError::NotUtf8 { .. } => {
                "le fichier n'est pas en UTF-8. Le problème est ligne {line}, octet {offset}. Enregistrez le fichier en UTF-8"
            }
            DocumentError::Empty => "le document est vide",
            DocumentError::Html => {
                "le document est une page web (HTML). Il faut un catalogue au format JSON"
            }
            DocumentError::NotAnObject { .. } => {
                "le document est {found}. Il faut un objet { \"schema_version\": 1, … }"
            }
            DocumentError::Truncated => {
                "le document s'arrête trop tôt. Le fichier est peut-être coupé"
            }
            DocumentError::Syntax { .. } => "le JSON a une erreur ligne {line}, colonne {column}",
            DocumentError::MissingSchemaVersion => "il manque le champ `schema_version`",
            DocumentError::UnsupportedSchemaVersion { .. } => {
                "la version de schéma {found} n'est pas connue. Utilisez la version {supported}"
            }
            DocumentError::ArrayWrongType { .. } => "`{array}` est {found}. Il faut une liste [ … ]",
        }
    }

    fn record_kind(&self, k: RecordKind) -> &'static str {
        fr::Fr.record_kind(k)
    }

    fn record_kind_after_to(&self, k: RecordKind) -> &'static str {
        fr::Fr.record_kind_after_to(k)
    }

    fn problem(&self, p: &Problem) -> &'static str {
        match p {
            Problem::Document(_) => "{document}",
            Problem::MissingField => "il manque ce champ. Il est obligatoire",
            Problem::DuplicateField => "ce champ est écrit 2 fois dans le même enregistrement",
            Problem::WrongType { value: Some(_), .. } => {
                "mauvais type\u{a0}: {found} « {value} ». Il faut {expected}"
            }
            Problem::WrongType { value: None, .. } => {
                "mauvais type\u{a0}: {found}. Il faut {expected}"
            }
            Problem::UnknownValue { .. } => {
                "la valeur « {value} » n'est pas connue. Valeurs possibles\u{a0}: {allowed}"
            }
            Problem::InvalidDate { .. } => {
                "la date « {value} » n'est pas bonne. Écrivez AAAA-MM-JJ, par exemple 2027-01-12"
            }
            Problem::InvalidUrl { .. } => {
                "le lien « {value} » est refusé. Il doit commencer par http:// ou https://"
            }
            Problem::InvalidEmail { .. } => {
                "l'adresse mail « {value} » est refusée. Elle doit ressembler à nom@domaine.fr. Le reste de la fiche est gardé"
            }
            Problem::OutOfRange { .. } => {
                "la valeur est {value}. Elle doit être entre {min} et {max}"
            }
            Problem::NotFinite => "ce nombre n'est pas un vrai nombre, par exemple NaN ou infini",
            Problem::TooLong { .. } => {
                "le texte est trop long\u{a0}: {length}. Le maximum est {max}"
            }
            Problem::TooManyItems { .. } => {
                "il y a trop d'éléments\u{a0}: {count}. Le maximum est {max}"
            }
            Problem::Empty => "ce champ doit être rempli",
            Problem::InvalidFormat { .. } => {
                "« {value} » n'a pas la bonne forme. Il faut\u{a0}: {expected}"
            }
            Problem::DuplicateId { .. } => {
                "l'identifiant « {id} » est déjà utilisé. Cet enregistrement n'est pas gardé"
            }
            Problem::DuplicateKind { .. } => {
                "le réseau « {kind} » est déjà dans la liste. Cet enregistrement n'est pas gardé"
            }
            Problem::UnknownReference { .. } => {
                "renvoie {to_target} « {id} ». Cet élément n'existe pas ou il est refusé"
            }
            Problem::EndBeforeStart => "la date de fin est avant la date de début",
            Problem::AgeMinAboveMax => "l'âge minimum est plus grand que l'âge maximum",
            Problem::CharactersRemoved { .. } => {
                "{removed} du texte\u{a0}: {kinds}. L'enregistrement est gardé"
            }
            Problem::UnsafeCharacters { .. } => {
                "contient des {kinds}. C'est refusé, car il peut ressembler à un autre"
            }
            Problem::Other { .. } => "erreur\u{a0}: {message}",
        }
    }

    fn format(&self, f: Format) -> &'static str {
        match f {
            Format::IdWithoutSpaces => "un identifiant sans espace",
            Format::Digits(_) => "{n} chiffres",
            Format::InseeCode => "le code INSEE de la commune, 5 caractères, par exemple 93048 ou 2A004",
            Format::Email => "une adresse e-mail",
            Format::RomeCode => "une lettre puis 4 chiffres, par exemple M1805",
            Format::RncpCode => {
                "le code du diplôme reconnu par l'État (RNCP)\u{a0}: RNCP puis des chiffres, par exemple RNCP37674"
            }
        }
    }

    fn issue_id(&self) -> &'static str {
        ", identifiant « {id} »"
    }

    fn issue_field(&self) -> &'static str {
        ", champ `{field}`"
    }
}

/// The words of embedding.
pub(super) const EMBED: super::embedding::EmbedWords = super::embedding::EmbedWords {
    ignored: super::fr::EMBED.ignored,
    department_code: "département {code}",
    one_commune: "1 commune",
    communes: "{n} communes",
    guichet_heading: "Les formations au numérique avec {name}",
    in_territory: "Près de chez vous\u{a0}: {territory}",
    remote_group: "À distance. Vous suivez la formation depuis chez vous.",
    beyond_territory: "Plus loin que {territory}",
    too_little_in_territory: "Il y a peu de formations pour vous ici ({territory}). Voici d'autres formations, plus loin.",
    territory_communes_first: "Les communes d'ici ({territory})",
};

/// The counsellor's tools (issue 14): calendar, comparison, selection, offer.
pub(super) const COUNSEL: super::counsel::CounselWords = super::counsel::CounselWords {
    event_start: "La formation « {title} » commence",
    event_deadline: "Dernier jour pour vous inscrire à « {title} »",
    event_remote: "Sur internet, depuis chez vous",
    event_provider: "Qui fait la formation\u{a0}: {provider}",
    event_link: "Pour en savoir plus\u{a0}: {link}",
    event_check: "Les dates peuvent changer. Demandez à l'organisme de formation.",
    no_event_unknown: "on ne connaît pas la date. Demandez à l'organisme de formation",
    no_event_to_confirm: "la date de la prochaine formation n'est pas encore connue",
    no_event_passed: "cette date est déjà passée",
    no_event_gone: "cette formation n'est plus dans la liste",
    row_leads_to: "Pour faire quel métier",
    row_level: "Niveau d'études demandé",
    row_age: "Âge demandé",
    row_selection: "Comment on est choisi",
    row_duration: "Combien de temps",
    row_rhythm: "Quels jours et quelles heures",
    row_modality: "Sur place ou sur internet",
    row_cost: "Combien ça coûte pour vous",
    row_pay: "Est-ce que vous recevez de l'argent",
    row_next_start: "Quand ça commence",
    row_deadline: "Dernier jour pour vous inscrire",
    row_distance: "À quelle distance",
    row_accessibility: "Pour les personnes handicapées",
    row_contact: "Comment les contacter",
    unknown: "demandez à l'organisme de formation",
    leads_to_jobs: "les métiers\u{a0}: {jobs}",
    level_met: "vous avez ce niveau",
    level_one_below: "il vous manque un niveau d'études",
    level_far_below: "il vous manque plusieurs niveaux d'études",
    age_between: "entre {min} et {max} ans",
    age_from: "à partir de {min} ans",
    age_up_to: "jusqu'à {max} ans",
    age_fits: "vous avez le bon âge",
    age_does_not_fit: "vous n'avez pas l'âge demandé",
    hours_one: "1 heure",
    hours_many: "{n} heures en tout",
    weeks_one: "pendant 1 semaine",
    weeks_many: "pendant {n} semaines",
    hours_over_weeks: "{hours}, {weeks}",
    distance_no_place: "dites votre ville pour voir la distance",
    not_wheelchair: "on ne peut pas entrer en fauteuil roulant",
    no_referent: "personne n'est nommé pour aider les personnes handicapées",
    phone: "Numéro de téléphone",
    email: "Adresse e-mail",
    website: "Site internet",
    gone: "La formation « {id} » n'existe plus",
    selection_too_long: "Ce lien a trop de formations choisies. La liste est vide maintenant.",
    selection_malformed:
        "On ne peut pas lire les formations choisies de ce lien. La liste est vide maintenant.",
    selection_truncated: "Ce lien a plus de {max} formations. On garde les {max} premières.",
    selection_full:
        "Vous avez déjà choisi {max} formations. Enlevez une formation pour en ajouter une autre.",
    compare_how_many: "Choisissez entre {min} et {max} formations pour les comparer.",
    all_france: "Partout en France",
    filter_free: "Gratuites pour vous",
    filter_paid: "Vous recevez de l'argent",
    filter_accessible: "Pour les personnes handicapées",
    filter_level: "Pour le niveau {level}",
    filter_start_within: "Qui commencent dans moins de {months} mois",
    sort_soonest: "Celles qui commencent bientôt",
    sort_nearest: "Les plus près",
    sort_title: "Par nom",
};
