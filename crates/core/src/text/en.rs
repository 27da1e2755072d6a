//! Every core sentence in English: no space before ":", decimal point, "12 January 2027".
//! Templates: see [`Sentences`].

use super::sentences::{
    fill, ConditionSentence, Counted, IssueSentences, ReasonSentence, Sentences, WarningSentence,
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

/// English.
pub struct En;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Sentences for En {
    fn decimal_separator(&self) -> char {
        '.'
    }

    fn thousands_separator(&self) -> char {
        ','
    }

    fn euros(&self) -> &'static str {
        "€{amount}"
    }

    fn date(&self, d: Date) -> String {
        let month = MONTHS
            .get(usize::from(d.month().saturating_sub(1)))
            .unwrap_or(&"");
        format!("{} {month} {}", d.day(), d.year())
    }

    fn time(&self, hours: u16, minutes: u16) -> String {
        format!("{hours}:{minutes:02}")
    }

    fn and(&self) -> &'static str {
        " and "
    }

    fn or(&self) -> &'static str {
        " or "
    }

    fn semicolon(&self) -> &'static str {
        "; "
    }

    fn label_value(&self, label: &str, value: &str) -> String {
        format!("{label}: {value}")
    }

    /// English plural: only 1 is singular ("0 courses").
    fn count(&self, n: usize, what: Counted) -> String {
        let (one, many) = match what {
            Counted::Courses => ("{n} course", "{n} courses"),
            Counted::CoursesInYourFields => {
                ("{n} course in your fields", "{n} courses in your fields")
            }
            Counted::RemoteCoursesHere => (
                "here is {n} remote course in this field",
                "here are {n} remote courses in this field",
            ),
            Counted::Characters | Counted::CharactersRemoved => ("{n} character", "{n} characters"),
        };
        fill(if n == 1 { one } else { many }, &[("n", &n.to_string())])
    }

    fn domain(&self, d: Domain) -> &'static str {
        match d {
            Domain::DeveloppementWebMobile => "web & mobile development",
            Domain::DataIa => "data & AI",
            Domain::Cybersecurite => "cybersecurity",
            Domain::ReseauxSystemesCloud => "networks, systems & cloud",
            Domain::SupportMaintenance => "IT support & maintenance",
            Domain::DesignUxUi => "UX/UI design",
            Domain::JeuxVideo3d => "video games & 3D",
            Domain::MarketingCommunication => "digital marketing & communication",
            Domain::MediationNumerique => "digital mediation",
            Domain::BasesNumerique => "digital basics",
        }
    }

    fn education_level(&self, l: EducationLevel) -> &'static str {
        match l {
            EducationLevel::SansDiplome => "no diploma",
            EducationLevel::Brevet => "brevet (lower secondary)",
            EducationLevel::CapBep => "CAP / BEP (vocational, level 3)",
            EducationLevel::Bac => "baccalauréat (level 4)",
            EducationLevel::Bac2 => "2 years after the bac (level 5)",
            EducationLevel::Bac34 => "3–4 years after the bac (level 6)",
            EducationLevel::Bac5Plus => "5+ years after the bac (level 7–8)",
        }
    }

    fn situation(&self, s: Situation) -> &'static str {
        match s {
            Situation::DemandeurEmploiInscrit => "jobseeker registered with France Travail",
            Situation::DemandeurEmploiNonInscrit => "jobseeker, not registered",
            Situation::JeuneSansEmploiNiFormation => "16–25, not in employment or training",
            Situation::SalarieReconversion => "employee changing career",
            Situation::EtudiantLyceen => "student / pupil",
            Situation::IndependantCreation => "self-employed / starting a business",
            Situation::Autre => "other situation",
        }
    }

    fn digital_comfort(&self, c: DigitalComfort) -> &'static str {
        match c {
            DigitalComfort::Debutant => "beginner",
            DigitalComfort::ALAise => "at ease",
            DigitalComfort::Avance => "advanced",
        }
    }

    fn modality(&self, m: Modality) -> &'static str {
        match m {
            Modality::Presentiel => "in person",
            Modality::Hybride => "hybrid (in person and remote)",
            Modality::Distanciel => "remote",
        }
    }

    fn rhythm(&self, r: Rhythm) -> &'static str {
        match r {
            Rhythm::TempsPlein => "full time",
            Rhythm::TempsPartiel => "part time",
            Rhythm::Alternance => "work-study",
            Rhythm::SoirWeekEnd => "evenings or weekends",
        }
    }

    fn start_window(&self, w: StartWindow) -> &'static str {
        match w {
            StartWindow::DesQuePossible => "as soon as possible",
            StartWindow::Moins3Mois => "within 3 months",
            StartWindow::Moins6Mois => "within 6 months",
            StartWindow::PlusTard => "later",
        }
    }

    fn audience(&self, a: Audience) -> &'static str {
        match a {
            Audience::TousPublics => "everyone",
            Audience::Actifs => "people in work",
            Audience::DemandeursEmploi => "jobseekers",
            Audience::Etudiants => "students",
            Audience::Femmes => "women",
            Audience::Jeunes => "young people aged 16–25",
            Audience::PersonnesEnSituationDeHandicap => "disabled people",
            Audience::ResidentsQpvFrr => {
                "residents of priority neighbourhoods (QPV) or rural areas (FRR)"
            }
            Audience::Seniors => "people aged 50 and over",
            Audience::BeneficiairesDesMinimasSociaux => "recipients of minimum social benefits",
            Audience::PersonnesExilees => "exiles and refugees",
        }
    }

    fn funder(&self, f: Funder) -> &'static str {
        match f {
            Funder::FranceTravail => "France Travail",
            Funder::Region => "the Region",
            Funder::Cpf => "the CPF (personal training account)",
            Funder::Agefiph => "Agefiph",
            Funder::Opco => "an OPCO",
            Funder::Etat => "the State",
            Funder::TransitionsPro => "Transitions Pro",
            Funder::Employeur => "the employer",
            Funder::Beneficiaire => "yourself",
            Funder::Autre => "another funder",
        }
    }

    fn selection_step(&self, s: SelectionStep) -> &'static str {
        match s {
            SelectionStep::Aucune => "no selection",
            SelectionStep::InformationCollective => "information meeting",
            SelectionStep::Dossier => "application file",
            SelectionStep::Tests => "tests",
            SelectionStep::Entretien => "interview",
        }
    }

    fn help_kind(&self, k: HelpKind) -> &'static str {
        match k {
            HelpKind::MissionLocale => "Mission Locale (youth employment centre)",
            HelpKind::FranceTravail => "France Travail (public employment service)",
            HelpKind::CapEmploi => "Cap Emploi (employment service for disabled people)",
            HelpKind::MediationNumerique => "digital-mediation place",
            HelpKind::Pij => "youth information point",
            HelpKind::FranceServices => "France Services (public service desk)",
            HelpKind::Autre => "support organisation",
            HelpKind::Cep => "Career advice (CEP)",
            HelpKind::TransitionsPro => "Transitions Pro (career-change funding)",
            HelpKind::EnicNaric => "ENIC-NARIC France (foreign diplomas)",
            HelpKind::CoursFrancais => "French courses",
        }
    }

    fn diploma(&self, d: Diploma) -> &'static str {
        match d {
            Diploma::SansDiplome => "no diploma",
            Diploma::Brevet => "brevet (lower secondary)",
            Diploma::CapBep => "CAP / BEP (vocational, level 3)",
            Diploma::BacPro => "vocational baccalauréat (bac pro)",
            Diploma::BacGeneral => "general or technological baccalauréat",
            Diploma::Bac2 => "2 years after the bac (level 5)",
            Diploma::Bac34 => "3–4 years after the bac (level 6)",
            Diploma::Bac5Plus => "5+ years after the bac (level 7–8)",
        }
    }

    fn gender(&self, g: Gender) -> &'static str {
        match g {
            Gender::Femme => "woman",
            Gender::Homme => "man",
            Gender::Autre => "other",
            Gender::NePasDire => "I'd rather not say",
        }
    }

    fn newcomer(&self, n: Newcomer) -> &'static str {
        match n {
            Newcomer::Non => "no",
            Newcomer::ArriveRecemment => "I arrived in France recently",
            Newcomer::DiplomeEtranger => "I have a diploma from abroad",
            Newcomer::ArriveAvecDiplomeEtranger => "both: arrived recently, with a foreign diploma",
        }
    }

    fn funding_kind(&self, k: FundingKind) -> &'static str {
        match k {
            FundingKind::Gratuit => "free",
            FundingKind::Finance => "can be funded",
            FundingKind::Payant => "paid by the trainee",
        }
    }

    fn intake(&self, i: Intake) -> &'static str {
        match i {
            Intake::DatesFixes => "fixed dates",
            Intake::EntreesPermanentes => "join at any time of the year",
            Intake::AConfirmer => "next session to be confirmed",
        }
    }

    fn quality_label(&self, l: Label) -> &'static str {
        match l {
            Label::Qualiopi => "Qualiopi",
            Label::GrandeEcoleDuNumerique => "Grande École du Numérique",
            Label::NumeriqueInclusif => "Numérique inclusif (digital inclusion)",
        }
    }

    fn rqth(&self, r: Rqth) -> &'static str {
        match r {
            Rqth::Oui => "yes, I have an RQTH",
            Rqth::Non => "no",
            Rqth::NePasDire => "I'd rather not say",
        }
    }
    fn reason(&self, r: ReasonSentence) -> &'static str {
        match r {
            ReasonSentence::Distance => "{distance}",
            ReasonSentence::Remote => "fully remote",
            ReasonSentence::NoDiplomaRequired => "no diploma required",
            ReasonSentence::LevelMet => "required level: {level} (you have it)",
            ReasonSentence::Interest => "matches your interest: {domains}",
            ReasonSentence::OtherDomain => "another field than you chose: {domains}",
            ReasonSentence::FreePaidForJobseekers => "free and paid for jobseekers",
            ReasonSentence::FreePaid => "free and paid",
            ReasonSentence::Free => "free",
            ReasonSentence::FundedAsk => "funding possible: ask which applies to your situation",
            ReasonSentence::FundedAskPaidForJobseekers => {
                "funding possible: ask which applies to your situation; paid for jobseekers"
            }
            ReasonSentence::FundedAskPaid => {
                "funding possible: ask which applies to your situation; paid"
            }
            ReasonSentence::Funded => "funding possible in your situation: {funders}",
            ReasonSentence::FundedPaidForJobseekers => {
                "funding possible in your situation: {funders}; paid for jobseekers"
            }
            ReasonSentence::FundedPaid => "funding possible in your situation: {funders}; paid",
            ReasonSentence::Remunerated => "paid",
            ReasonSentence::NextStart => "next start on {date}",
            ReasonSentence::PermanentIntake => "rolling entries: you can start at any time",
            ReasonSentence::CertificationRncpLevel => {
                "recognised qualification (RNCP, level {level})"
            }
            ReasonSentence::CertificationRncp => "recognised qualification (RNCP)",
            ReasonSentence::CertificationLevel => "level {level} certification",
            ReasonSentence::Certification => "certification",
            ReasonSentence::Fits => "{label}",
            ReasonSentence::WheelchairAccessible => "wheelchair-accessible place",
            ReasonSentence::DisabilityReferent => "disability referent on site",
            ReasonSentence::ReservedForYou => "reserved for {label}: that's you",
        }
    }

    fn distance(&self, approximate: bool, under_one_km: bool) -> &'static str {
        match (approximate, under_one_km) {
            (true, true) => "in your town",
            (false, true) => "less than 1 km away",
            (false, false) => "{km} km away",
            (true, false) => "about {km} km away",
        }
    }

    fn fact(&self, f: Fact) -> &'static str {
        match f {
            Fact::Cost => "cost and funding",
            Fact::EntryLevel => "the required level",
            Fact::Modality => "the format (in person or remote)",
            Fact::Rhythm => "the schedule",
            Fact::Recruitment => "whether applications are open",
            Fact::Remuneration => "whether the training is paid",
            Fact::Accessibility => "accessibility",
            Fact::Duration => "the duration",
        }
    }

    fn warning(&self, w: WarningSentence) -> &'static str {
        match w {
            WarningSentence::SelectionTests => "selection by tests",
            WarningSentence::SelectionInterview => "selection by interview",
            WarningSentence::SelectionFile => "selection on application file",
            WarningSentence::SelectionStep => "{label}",
            WarningSentence::MinAge => "for people aged {age} and over",
            WarningSentence::MaxAge => "for people aged {age} and under",
            WarningSentence::AgeBetween => {
                "for people aged {min}–{max}: check that you are in this age range"
            }
            WarningSentence::AgeFrom => {
                "for people aged {min} and over: check that you meet the age limit"
            }
            WarningSentence::AgeUpTo => {
                "for people aged {max} and under: check that you meet the age limit"
            }
            WarningSentence::AgeLimit => "age limit: check with the provider",
            WarningSentence::ReservedForWomen => "for women only: check with the provider",
            WarningSentence::ReservedFor => "reserved for {label}: check with the provider",
            WarningSentence::MinorCheckMinimumAge => {
                "you are under 18: check the minimum age with the provider"
            }
            WarningSentence::LevelPossibleButHard => {
                "requires {level}: possible with a vocational bac, but hard (bachelor's level)"
            }
            WarningSentence::RegisterWithFranceTravail => {
                "for jobseekers: register with France Travail first"
            }
            WarningSentence::ApplyBefore => "apply before {date}",
            WarningSentence::DatesToConfirm => "next session to be confirmed",
            WarningSentence::Unknown => "{fact}: check with the provider",
            WarningSentence::ApproximateLocation => {
                "exact address to check: distance from the town centre"
            }
            WarningSentence::PayingPrice => "paying: {price} (funding may exist)",
            WarningSentence::Paying => "paying (funding may exist)",
            WarningSentence::CheckedLongAgo => {
                "information from {year}: check with the provider that this course still exists"
            }
        }
    }

    fn unknown_facts(&self) -> &'static str {
        "check with the provider: {facts}"
    }

    fn condition(&self, c: ConditionSentence) -> &'static str {
        match c {
            ConditionSentence::Distance => "{km} km away, beyond your {radius} km",
            ConditionSentence::TooYoung => "for people aged {min} and over",
            ConditionSentence::TooOld => "for people aged {max} and under",
            ConditionSentence::LevelBelowRefresher => "requires {level} (a refresher course may be enough)",
            ConditionSentence::LevelBelowExperience => "requires {level}: entry through recognition of prior experience (VAPP) is sometimes possible",
            ConditionSentence::Modality => "is {label}, not the format you chose",
            ConditionSentence::Rhythm => "offered schedule: {labels}",
            ConditionSentence::StartsTooLate => "starts on {date}, later than you wished",
            ConditionSentence::TooLong => "lasts about {weeks} weeks, more than your {max_weeks} weeks",
            ConditionSentence::NotRemunerated => "the training is not paid",
            ConditionSentence::RemoteNotWanted => "fully remote",
        }
    }

    fn widening(&self, w: &Widening) -> &'static str {
        match w {
            Widening::Radius { .. } => {
                "Nothing within {from} km: we widened the search to {to} km."
            }
            Widening::RemoteOnly { .. } => "Nothing within 100 km: here are remote courses.",
            Widening::Nothing => "No course fits for now: the organisations below can help you.",
        }
    }

    fn help_reason(&self, h: HelpReason) -> &'static str {
        match h {
            HelpReason::YoungIfAge(_) => {
                "{condition}, it can support you, including with the youth commitment contract"
            }
            HelpReason::Young => {
                "supports young people aged 16–25 (up to 29 with a disability recognition), including the youth commitment contract"
            }
            HelpReason::Jobseeker => "supports jobseekers and can fund training",
            HelpReason::Rqth => "supports disabled workers (RQTH), with Agefiph for funding",
            HelpReason::Beginner => {
                "helps you get started with computers and the internet, usually for free"
            }
            HelpReason::Minor16To17 => {
                "from 16 to 18, training is compulsory: the Mission Locale is the first door"
            }
            HelpReason::RegisterFirst => {
                "register as a jobseeker first: it opens support and funded training"
            }
            HelpReason::CareerChange => "free, confidential support to build your career-change plan",
            HelpReason::CareerChangeFunding => {
                "can fund the training of a private-sector employee changing career, pay kept under conditions"
            }
            HelpReason::Newcomer => {
                "if you arrived recently, the integration contract (OFII) may include French courses"
            }
            HelpReason::ForeignDiploma => "issues a comparability statement for your foreign diploma",
        }
    }

    fn if_age(&self, ages: AgeRange) -> &'static str {
        match (ages.min, ages.max) {
            _ if ages == AgeRange::YOUNG => {
                "if you are 16–25 (up to 29 with a disability recognition)"
            }
            (Some(_), Some(_)) => "if you are {min}–{max}",
            (None, Some(_)) => "if you are under {under}",
            (Some(_), None) => "if you are {min} or over",
            (None, None) => "",
        }
    }

    fn pay(&self, p: Pay) -> &'static str {
        match p {
            Pay::Paid => "paid",
            Pay::Unpaid => "not paid",
            Pay::ToCheck => "check with the provider",
        }
    }

    fn income_route(&self, r: IncomeRoute) -> &'static str {
        match r {
            IncomeRoute::ContratEngagementJeune => {
                "Youth commitment contract (16–25, 29 with an RQTH): an allowance along a path to training; ask the Mission Locale."
            }
            IncomeRoute::RemunerationRegion => {
                "Région pay: as a jobseeker without unemployment benefit, a course funded by the Région can be paid; ask before it starts."
            }
            IncomeRoute::Apprentissage => {
                "Work-study (apprenticeship, professionalisation contract): a paid job contract; you need to find an employer."
            }
        }
    }

    fn funding_route(&self, r: FundingRoute) -> &'static str {
        match r {
            FundingRoute::Rqth => {
                "With a disability recognition (RQTH), Cap Emploi and Agefiph can fund the training and its adjustments."
            }
            FundingRoute::Young => {
                "Aged 16–25, the Mission Locale can help you fund the training (youth commitment contract, Région grants)."
            }
            FundingRoute::Jobseeker => {
                "As a jobseeker, the Région or France Travail (AIF) can pay for the training, sometimes with pay: ask France Travail (registering is free) before the course starts."
            }
            FundingRoute::Employee => {
                "As an employee, you can use your CPF, or apply for a career transition project (Transitions Pro)."
            }
            FundingRoute::Other => "Ask the provider which funding is possible in your situation.",
        }
    }

    fn interest_missing(&self, remote: bool, others: bool) -> &'static str {
        match (remote, others) {
            (true, true) => {
                "No in-person course in {domains} within {km} km; {remote}, then courses nearby in other fields."
            }
            (true, false) => "No in-person course in {domains} within {km} km; {remote}.",
            (false, true) => {
                "No in-person course in {domains} within {km} km; here are courses nearby in other fields."
            }
            (false, false) => "No in-person course in {domains} within {km} km.",
        }
    }

    fn widen_to(&self) -> &'static str {
        "Widen to {km} km: {courses}"
    }

    fn also_remote(&self) -> &'static str {
        "Also show remote courses: {courses}"
    }

    fn criterion(&self, c: Criterion) -> &'static str {
        match c {
            Criterion::Interest => "a field you chose",
            Criterion::Distance => "distance (half at 10 km)",
            Criterion::Funding => "free or funded",
            Criterion::Start => "a start soon",
            Criterion::BeginnerBasics => "basics, for beginners",
            Criterion::Remuneration => "paid training",
            Criterion::Level => "a level that suits yours",
            Criterion::WomenOnly => "women only, if asked",
            Criterion::Accessibility => "accessibility (RQTH)",
            Criterion::Modality => "the format you chose",
            Criterion::Rhythm => "the schedule you chose",
            Criterion::Duration => "a known duration",
        }
    }

    fn rank_step(&self, s: RankStep) -> &'static str {
        match s {
            RankStep::Eligibility => {
                "Only courses you can join (age, level, audience, dates, distance) are shown; those listed apart miss one condition."
            }
            RankStep::Interest => "Courses in the fields you chose come first.",
            RankStep::PayWhenNeeded => "If you need pay: paid courses, then those to check.",
            RankStep::Score => "Then a score, a sum of points:",
            RankStep::Nearest => "Equal scores: the nearest. No provider pays for its rank.",
        }
    }

    fn rank_points(&self) -> &'static str {
        "up to {points} points: {criterion}"
    }

    fn weekday(&self, d: Weekday) -> &'static str {
        match d {
            Weekday::Lundi => "Monday",
            Weekday::Mardi => "Tuesday",
            Weekday::Mercredi => "Wednesday",
            Weekday::Jeudi => "Thursday",
            Weekday::Vendredi => "Friday",
            Weekday::Samedi => "Saturday",
            Weekday::Dimanche => "Sunday",
        }
    }

    fn day_run(&self) -> &'static str {
        "{first} to {last}"
    }

    fn closed_on_public_holidays(&self) -> &'static str {
        "closed on public holidays"
    }
}

impl IssueSentences for En {
    fn value_kind(&self, k: ValueKind) -> &'static str {
        match k {
            ValueKind::Null => "null",
            ValueKind::Boolean => "true or false",
            ValueKind::Number => "a number",
            ValueKind::WholeNumber => "a non-negative whole number",
            ValueKind::Text => "a text in quotes",
            ValueKind::List => "a list [ … ]",
            ValueKind::Object => "an object { … }",
            ValueKind::Unknown => "another value (see SCHEMA.md)",
        }
    }

    fn unsafe_kind(&self, k: UnsafeKind) -> &'static str {
        match k {
            UnsafeKind::Bidi => "bidirectional override characters",
            UnsafeKind::Invisible => "invisible characters",
            UnsafeKind::Control => "control characters",
            UnsafeKind::CombiningMarks => "piled-up combining marks",
        }
    }

    fn document_error(&self, e: &DocumentError) -> &'static str {
        match e {
            DocumentError::TooLarge { .. } => {
                "the document is over the {max}-byte limit ({mib} MiB); split the catalogue"
            }
            DocumentError::NotUtf8 { .. } => {
                "the file is not UTF-8 (byte {offset}, line {line}); save it as UTF-8"
            }
            DocumentError::Empty => "the document is empty",
            DocumentError::Html => "the document is a web page (HTML), not a JSON catalogue",
            DocumentError::NotAnObject { .. } => {
                "the document is {found}, expected an object { \"schema_version\": 1, … }"
            }
            DocumentError::Truncated => {
                "the document stops before the end of the JSON (truncated file?)"
            }
            DocumentError::Syntax { .. } => "invalid JSON at line {line}, column {column}",
            DocumentError::MissingSchemaVersion => "field `schema_version` is missing",
            DocumentError::UnsupportedSchemaVersion { .. } => {
                "unsupported schema version {found} (expected {supported})"
            }
            DocumentError::ArrayWrongType { .. } => "`{array}` is {found}, expected a list [ … ]",
        }
    }

    fn record_kind(&self, k: RecordKind) -> &'static str {
        match k {
            RecordKind::Document => "the document",
            RecordKind::Provider => "the provider",
            RecordKind::Place => "the place",
            RecordKind::Course => "the course",
            RecordKind::Session => "the session",
            RecordKind::HelpPlace => "the help place",
            RecordKind::HelpNetwork => "the help network",
        }
    }

    fn record_kind_after_to(&self, k: RecordKind) -> &'static str {
        match k {
            RecordKind::Document => "to the document",
            RecordKind::Provider => "to the provider",
            RecordKind::Place => "to the place",
            RecordKind::Course => "to the course",
            RecordKind::Session => "to the session",
            RecordKind::HelpPlace => "to the help place",
            RecordKind::HelpNetwork => "to the help network",
        }
    }

    fn problem(&self, p: &Problem) -> &'static str {
        match p {
            Problem::Document(_) => "{document}",
            Problem::MissingField => "required field is missing",
            Problem::DuplicateField => "field given twice in the same record",
            Problem::WrongType { value: Some(_), .. } => {
                "wrong type: {found} \"{value}\", expected {expected}"
            }
            Problem::WrongType { value: None, .. } => "wrong type: {found}, expected {expected}",
            Problem::UnknownValue { .. } => "unknown value \"{value}\"; allowed values: {allowed}",
            Problem::InvalidDate { .. } => {
                "invalid date \"{value}\", expected YYYY-MM-DD (e.g. 2027-01-12)"
            }
            Problem::InvalidUrl { .. } => {
                "rejected link \"{value}\": only http:// or https:// links are accepted"
            }
            Problem::InvalidEmail { .. } => {
                "rejected e-mail address \"{value}\" (expected name@domain.org); the rest of the record is kept"
            }
            Problem::OutOfRange { .. } => "is {value}, expected between {min} and {max}",
            Problem::NotFinite => "invalid number (NaN or infinite)",
            Problem::TooLong { .. } => "text too long: {length}, at most {max}",
            Problem::TooManyItems { .. } => "too many items: {count}, at most {max}",
            Problem::Empty => "must not be empty",
            Problem::InvalidFormat { .. } => "invalid format \"{value}\", expected {expected}",
            Problem::DuplicateId { .. } => "id \"{id}\" is already used; this record is skipped",
            Problem::DuplicateKind { .. } => {
                "network \"{kind}\" is already listed; this record is skipped"
            }
            Problem::UnknownReference { .. } => "refers to {target} \"{id}\", unknown or rejected",
            Problem::EndBeforeStart => "the end date is before the start date",
            Problem::AgeMinAboveMax => "the minimum age is above the maximum age",
            Problem::CharactersRemoved { .. } => {
                "{removed} removed from the text ({kinds}); the record is kept"
            }
            Problem::UnsafeCharacters { .. } => {
                "contains {kinds}: refused, as it could pass for another one"
            }
            Problem::Other { .. } => "error: {message}",
        }
    }

    fn format(&self, f: Format) -> &'static str {
        match f {
            Format::IdWithoutSpaces => "id without spaces",
            Format::Digits(_) => "{n} digits",
            Format::InseeCode => "5-character INSEE code",
            Format::Email => "e-mail address",
            Format::RomeCode => "letter + 4 digits",
            Format::RncpCode => "RNCP + digits",
        }
    }

    fn issue_id(&self) -> &'static str {
        " (id \"{id}\")"
    }

    fn issue_field(&self) -> &'static str {
        ", field `{field}`"
    }
}

/// The words of embedding.
pub(super) const EMBED: super::embedding::EmbedWords = super::embedding::EmbedWords {
    ignored: "parameter \"{param}\" ignored (\"{value}\"): {why}",
    department_code: "department {code}",
    one_commune: "1 commune",
    communes: "{n} communes",
    guichet_heading: "Digital skills trainings: the {name} one-stop shop",
    in_territory: "In the area: {territory}",
    remote_group: "Remote, from home",
    beyond_territory: "Farther than {territory}",
    too_little_in_territory:
        "Few courses fit you in the area ({territory}): here are others, farther away.",
    territory_communes_first: "Communes of the area ({territory})",
};

/// Why an embedding parameter was ignored (for the console: easy French uses French).
pub(super) fn ignored_why(why: super::embedding::IgnoredWhy) -> &'static str {
    use super::embedding::IgnoredWhy as W;
    match why {
        W::Repeated => "given twice, the first value is kept",
        W::Empty => "the value is empty",
        W::TooLong => "the value is too long",
        W::NotAColour => "not a colour, write it #005a9c or #05a",
        W::TextColourWithoutColour => "the text colour goes with \"couleur\", which is missing",
        W::NotHttps => "the logo address must start with https://",
        W::HasCredentials => "the address must hold no user name or password",
        W::HasWhitespace => "the address must hold no space",
        W::Markup => "the name must hold no markup or control character",
        W::UnknownLang => "languages: fr, en, facile",
        W::UnknownDomain => "not a known domain code",
        W::UnknownStart => "values: accueil, questionnaire",
        W::NotAFlag => "values: 1, 0",
        W::NotSameOrigin => "only a path on this site is accepted (/data/….json)",
        W::TerritoryKind => "a territory starts with dep: or com: (dep:93, com:54547)",
        W::Postcode => "a postcode is not a territory: give the commune's INSEE code",
        W::UnknownDepartment => "not a department code (93, 2A, 971)",
        W::NotInseeCode => "not an INSEE commune code (93048, 2A004)",
        W::TooMany => "too many departments or communes",
    }
}

/// The counsellor's tools (issue 14): calendar, comparison, selection, offer.
pub(super) const COUNSEL: super::counsel::CounselWords = super::counsel::CounselWords {
    event_start: "Start of the course “{title}”",
    event_deadline: "Last day to apply to “{title}”",
    event_remote: "Remote",
    event_provider: "Provider: {provider}",
    event_link: "More information: {link}",
    event_check: "Dates may change: check them with the provider.",
    no_event_unknown: "date unknown: check with the provider",
    no_event_to_confirm: "next session to be confirmed",
    no_event_passed: "this date has passed",
    no_event_gone: "this session is no longer in the catalogue",
    row_leads_to: "Leads to",
    row_level: "Level required",
    row_age: "Age",
    row_selection: "Selection",
    row_duration: "Length",
    row_rhythm: "Rhythm",
    row_modality: "Format",
    row_cost: "Cost and funding for you",
    row_pay: "Pay",
    row_next_start: "Next start",
    row_deadline: "Application deadline",
    row_distance: "Distance",
    row_accessibility: "Accessibility",
    row_contact: "Contact",
    unknown: "check with the provider",
    leads_to_jobs: "jobs: {jobs}",
    level_met: "you have this level",
    level_one_below: "you are one level short",
    level_far_below: "above your level",
    age_between: "{min} to {max} years old",
    age_from: "{min} and over",
    age_up_to: "up to {max} years old",
    age_fits: "your age fits",
    age_does_not_fit: "outside your age group",
    hours_one: "1 hour",
    hours_many: "{n} hours",
    weeks_one: "1 week",
    weeks_many: "{n} weeks",
    hours_over_weeks: "{hours} over {weeks}",
    distance_no_place: "give your town to see the distance",
    not_wheelchair: "not wheelchair accessible",
    no_referent: "no disability adviser named",
    phone: "Phone",
    email: "E-mail",
    website: "Website",
    gone: "Course “{id}”: no longer available",
    selection_too_long: "The selection in this link is too long to be one: it was emptied.",
    selection_malformed: "The selection in this link cannot be read: it was emptied.",
    selection_truncated: "The link held more than {max} courses: the first {max} are kept.",
    selection_full: "Your selection is full ({max} courses): remove one to add another.",
    compare_how_many: "Choose {min} to {max} courses to compare.",
    all_france: "All of France",
    filter_free: "Free or funded",
    filter_paid: "Paid",
    filter_accessible: "Accessible with a disability",
    filter_level: "Open with the level {level}",
    filter_start_within: "Starting within {months} months",
    sort_soonest: "Soonest start",
    sort_nearest: "Nearest",
    sort_title: "By title",
};
