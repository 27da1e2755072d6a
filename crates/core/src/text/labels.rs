//! Short French and English labels for the enumerations people read (domains, levels, funders…).

use super::Lang;
use crate::catalogue::{Audience, Funder, FundingKind, HelpKind, Intake, Label, SelectionStep};
use crate::profile::{
    DigitalComfort, Diploma, Domain, EducationLevel, Gender, Modality, Newcomer, Rhythm, Rqth,
    Situation, StartWindow,
};

macro_rules! labels {
    ($ty:ty { $($variant:ident => $fr:expr, $en:expr;)* }) => {
        impl $ty {
            /// A short label for people ("développement web & mobile").
            pub fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((<$ty>::$variant, Lang::Fr | Lang::Facile) => $fr, (<$ty>::$variant, Lang::En) => $en,)*
                }
            }
        }
    };
}

labels!(Domain {
    DeveloppementWebMobile => "développement web & mobile", "web & mobile development";
    DataIa => "data & IA", "data & AI";
    Cybersecurite => "cybersécurité", "cybersecurity";
    ReseauxSystemesCloud => "réseaux, systèmes & cloud", "networks, systems & cloud";
    SupportMaintenance => "support & maintenance informatique", "IT support & maintenance";
    DesignUxUi => "design UX/UI", "UX/UI design";
    JeuxVideo3d => "jeux vidéo & 3D", "video games & 3D";
    MarketingCommunication => "marketing & communication digitale", "digital marketing & communication";
    MediationNumerique => "médiation numérique", "digital mediation";
    BasesNumerique => "bases du numérique", "digital basics";
});

labels!(EducationLevel {
    SansDiplome => "sans diplôme", "no diploma";
    Brevet => "brevet", "brevet (lower secondary)";
    CapBep => "CAP / BEP", "CAP / BEP (vocational, level 3)";
    Bac => "bac", "baccalauréat (level 4)";
    Bac2 => "bac+2", "2 years after the bac (level 5)";
    Bac34 => "bac+3/4", "3–4 years after the bac (level 6)";
    Bac5Plus => "bac+5 et plus", "5+ years after the bac (level 7–8)";
});

labels!(Situation {
    DemandeurEmploiInscrit => "demandeur·euse d'emploi inscrit·e à France Travail", "jobseeker registered with France Travail";
    DemandeurEmploiNonInscrit => "demandeur·euse d'emploi non inscrit·e", "jobseeker, not registered";
    JeuneSansEmploiNiFormation => "jeune de 16 à 25 ans sans emploi ni formation", "16–25, not in employment or training";
    SalarieReconversion => "salarié·e en reconversion", "employee changing career";
    EtudiantLyceen => "étudiant·e / lycéen·ne", "student / pupil";
    IndependantCreation => "indépendant·e / projet de création", "self-employed / starting a business";
    Autre => "autre situation", "other situation";
});

labels!(DigitalComfort {
    Debutant => "débutant·e", "beginner";
    ALAise => "à l'aise", "at ease";
    Avance => "avancé·e", "advanced";
});

labels!(Modality {
    Presentiel => "en présentiel", "in person";
    Hybride => "en hybride (présentiel et distance)", "hybrid (in person and remote)";
    Distanciel => "à distance", "remote";
});

labels!(Rhythm {
    TempsPlein => "à temps plein", "full time";
    TempsPartiel => "à temps partiel", "part time";
    Alternance => "en alternance", "work-study";
    SoirWeekEnd => "le soir ou le week-end", "evenings or weekends";
});

labels!(StartWindow {
    DesQuePossible => "dès que possible", "as soon as possible";
    Moins3Mois => "dans moins de 3 mois", "within 3 months";
    Moins6Mois => "dans moins de 6 mois", "within 6 months";
    PlusTard => "plus tard", "later";
});

labels!(Audience {
    TousPublics => "tous publics", "everyone";
    Actifs => "personnes en emploi", "people in work";
    DemandeursEmploi => "demandeurs d'emploi", "jobseekers";
    Etudiants => "étudiants", "students";
    Femmes => "femmes", "women";
    Jeunes => "jeunes de 16 à 25 ans", "young people aged 16–25";
    PersonnesEnSituationDeHandicap => "personnes en situation de handicap", "disabled people";
    ResidentsQpvFrr => "habitants des quartiers prioritaires (QPV) ou zones rurales (FRR)", "residents of priority neighbourhoods (QPV) or rural areas (FRR)";
    Seniors => "personnes de 50 ans et plus", "people aged 50 and over";
    BeneficiairesDesMinimasSociaux => "bénéficiaires des minima sociaux (RSA…)", "recipients of minimum social benefits";
    PersonnesExilees => "personnes exilées ou réfugiées", "exiles and refugees";
});

labels!(Funder {
    FranceTravail => "France Travail", "France Travail";
    Region => "la Région", "the Region";
    Cpf => "le CPF", "the CPF (personal training account)";
    Agefiph => "l'Agefiph", "Agefiph";
    Opco => "un OPCO", "an OPCO";
    Etat => "l'État", "the State";
    TransitionsPro => "Transitions Pro", "Transitions Pro";
    Employeur => "l'employeur", "the employer";
    Beneficiaire => "vous-même", "yourself";
    Autre => "un autre financeur", "another funder";
});

labels!(SelectionStep {
    Aucune => "sans sélection", "no selection";
    InformationCollective => "réunion d'information collective", "information meeting";
    Dossier => "dossier de candidature", "application file";
    Tests => "tests", "tests";
    Entretien => "entretien", "interview";
});

labels!(HelpKind {
    MissionLocale => "Mission Locale", "Mission Locale (youth employment centre)";
    FranceTravail => "France Travail", "France Travail (public employment service)";
    CapEmploi => "Cap Emploi", "Cap Emploi (employment service for disabled people)";
    MediationNumerique => "lieu de médiation numérique", "digital-mediation place";
    Pij => "Point Information Jeunesse", "youth information point";
    FranceServices => "France Services", "France Services (public service desk)";
    Autre => "structure d'accompagnement", "support organisation";
    Cep => "Conseil en évolution professionnelle", "Career advice (CEP)";
    TransitionsPro => "Transitions Pro", "Transitions Pro (career-change funding)";
    EnicNaric => "ENIC-NARIC France", "ENIC-NARIC France (foreign diplomas)";
    CoursFrancais => "cours de français", "French courses";
});

labels!(Diploma {
    SansDiplome => "sans diplôme", "no diploma";
    Brevet => "brevet", "brevet (lower secondary)";
    CapBep => "CAP / BEP", "CAP / BEP (vocational, level 3)";
    BacPro => "bac professionnel", "vocational baccalauréat (bac pro)";
    BacGeneral => "bac général ou technologique", "general or technological baccalauréat";
    Bac2 => "bac+2", "2 years after the bac (level 5)";
    Bac34 => "bac+3/4", "3–4 years after the bac (level 6)";
    Bac5Plus => "bac+5 et plus", "5+ years after the bac (level 7–8)";
});

labels!(Gender {
    Femme => "femme", "woman";
    Homme => "homme", "man";
    Autre => "autre", "other";
    NePasDire => "je préfère ne pas répondre", "I'd rather not say";
});

labels!(Newcomer {
    Non => "non", "no";
    ArriveRecemment => "je suis arrivé·e en France récemment", "I arrived in France recently";
    DiplomeEtranger => "j'ai un diplôme obtenu à l'étranger", "I have a diploma from abroad";
    ArriveAvecDiplomeEtranger => "les deux : arrivé·e récemment, avec un diplôme étranger", "both: arrived recently, with a foreign diploma";
});

labels!(FundingKind {
    Gratuit => "gratuit", "free";
    Finance => "financement possible", "can be funded";
    Payant => "payant", "paid by the trainee";
});

labels!(Intake {
    DatesFixes => "dates fixes", "fixed dates";
    EntreesPermanentes => "entrées tout au long de l'année", "join at any time of the year";
    AConfirmer => "prochaine session à confirmer", "next session to be confirmed";
});

labels!(Label {
    Qualiopi => "Qualiopi", "Qualiopi";
    GrandeEcoleDuNumerique => "Grande École du Numérique", "Grande École du Numérique";
    NumeriqueInclusif => "Numérique inclusif", "Numérique inclusif (digital inclusion)";
});

labels!(Rqth {
    Oui => "oui, j'ai une RQTH", "yes, I have an RQTH";
    Non => "non", "no";
    NePasDire => "je préfère ne pas répondre", "I'd rather not say";
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_exist_in_both_languages() {
        for d in Domain::ALL {
            assert!(!d.label(Lang::Fr).is_empty() && !d.label(Lang::En).is_empty());
        }
        assert_eq!(Domain::DataIa.label(Lang::Fr), "data & IA");
    }
}
