//! The words of embedding (the `embed` module sits above `text`, so its typed reasons are
//! named here, fieldless, and `embed` re-exports them): why a parameter was ignored, how a
//! territory is called, and the headings of a territory's results.

/// Why an embedding parameter was ignored (`embed::Ignored`). The page still works: the
/// parameter is as if absent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IgnoredWhy {
    /// The parameter was given twice: the first value is kept.
    Repeated,
    /// Empty value.
    Empty,
    /// Longer than the parameter allows (logo 2048 characters, name 80).
    TooLong,
    /// Not a colour `#005a9c` or `#05a`.
    NotAColour,
    /// `couleur-texte` without `couleur`: the text colour alone changes nothing.
    TextColourWithoutColour,
    /// The logo address is not `https://…`.
    NotHttps,
    /// The logo address carries a user name or password.
    HasCredentials,
    /// The logo address holds spaces or control characters.
    HasWhitespace,
    /// The name holds control characters or markup (`<`, `>`).
    Markup,
    /// Not one of the languages `fr`, `en`, `facile`.
    UnknownLang,
    /// Not one of the domain codes.
    UnknownDomain,
    /// `depart` is neither `accueil` nor `questionnaire`.
    UnknownStart,
    /// `cadre` is not `1` or `0`.
    NotAFlag,
    /// `catalogue` is not a path on the same site (`/data/…json`).
    NotSameOrigin,
    /// A territory must start with `dep:` or `com:`.
    TerritoryKind,
    /// A postcode (`75001`) where a department or an INSEE code was expected.
    Postcode,
    /// Not a department code (`93`, `2A`, `971`).
    UnknownDepartment,
    /// Not an INSEE commune code (`93048`, `2A004`).
    NotInseeCode,
    /// More departments or communes than a territory may hold.
    TooMany,
}

impl IgnoredWhy {
    /// Every reason, for tests over all of them.
    pub const ALL: [IgnoredWhy; 19] = [
        IgnoredWhy::Repeated,
        IgnoredWhy::Empty,
        IgnoredWhy::TooLong,
        IgnoredWhy::NotAColour,
        IgnoredWhy::TextColourWithoutColour,
        IgnoredWhy::NotHttps,
        IgnoredWhy::HasCredentials,
        IgnoredWhy::HasWhitespace,
        IgnoredWhy::Markup,
        IgnoredWhy::UnknownLang,
        IgnoredWhy::UnknownDomain,
        IgnoredWhy::UnknownStart,
        IgnoredWhy::NotAFlag,
        IgnoredWhy::NotSameOrigin,
        IgnoredWhy::TerritoryKind,
        IgnoredWhy::Postcode,
        IgnoredWhy::UnknownDepartment,
        IgnoredWhy::NotInseeCode,
        IgnoredWhy::TooMany,
    ];
}

/// The words of embedding in one language: a table of templates, not a trait object, so
/// that the app carries only the words it uses (a `dyn` table brings every method of every
/// language, the console's reasons too).
pub struct EmbedWords {
    /// "parameter ignored": `{param}`, `{value}`, `{why}`.
    pub ignored: &'static str,
    /// A department whose name is not known yet: `{code}` ("département 93").
    pub department_code: &'static str,
    /// A territory of one commune.
    pub one_commune: &'static str,
    /// A territory of `{n}` communes.
    pub communes: &'static str,
    /// The heading of the results of a guichet: `{name}` is the host's name or the territory.
    pub guichet_heading: &'static str,
    /// The group of courses in the territory: `{territory}`.
    pub in_territory: &'static str,
    /// The group of remote courses, open from anywhere.
    pub remote_group: &'static str,
    /// The group of courses outside the territory: `{territory}`.
    pub beyond_territory: &'static str,
    /// Why courses outside the territory are shown: `{territory}`.
    pub too_little_in_territory: &'static str,
    /// The territory's communes first in the location question: `{territory}`.
    pub territory_communes_first: &'static str,
}
