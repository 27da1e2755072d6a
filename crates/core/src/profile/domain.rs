//! Digital domains a person may be interested in, and a compact set of them.

use serde::{Deserialize, Serialize};

/// A family of digital trades; used both for a person's interests and a course's domains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Domain {
    /// Web and mobile development.
    DeveloppementWebMobile,
    /// Data and artificial intelligence.
    DataIa,
    /// Cybersecurity.
    Cybersecurite,
    /// Networks, systems and cloud.
    ReseauxSystemesCloud,
    /// IT support and maintenance.
    SupportMaintenance,
    /// UX/UI design.
    DesignUxUi,
    /// Video games and 3D.
    JeuxVideo3d,
    /// Digital marketing and communication.
    MarketingCommunication,
    /// Digital mediation (helping others use digital tools).
    MediationNumerique,
    /// Digital basics (first steps with a computer and the internet).
    BasesNumerique,
}

impl Domain {
    /// Every domain, in quiz order.
    pub const ALL: [Domain; 10] = [
        Self::DeveloppementWebMobile,
        Self::DataIa,
        Self::Cybersecurite,
        Self::ReseauxSystemesCloud,
        Self::SupportMaintenance,
        Self::DesignUxUi,
        Self::JeuxVideo3d,
        Self::MarketingCommunication,
        Self::MediationNumerique,
        Self::BasesNumerique,
    ];

    /// Position in [`Domain::ALL`], used as a bit index.
    pub fn index(self) -> u8 {
        self as u8
    }
}

/// A set of domains (bit set). An empty set of interests means "je ne sais pas encore".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "Vec<Domain>", into = "Vec<Domain>")]
pub struct DomainSet(u16);

impl DomainSet {
    /// The empty set ("je ne sais pas encore" when used as interests).
    pub const EMPTY: DomainSet = DomainSet(0);

    /// Adds a domain.
    pub fn insert(&mut self, d: Domain) {
        self.0 |= 1 << d.index();
    }

    /// Removes a domain.
    pub fn remove(&mut self, d: Domain) {
        self.0 &= !(1 << d.index());
    }

    /// Whether the set holds `d`.
    pub fn contains(self, d: Domain) -> bool {
        self.0 & (1 << d.index()) != 0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Domains in both sets.
    pub fn intersection(self, other: DomainSet) -> DomainSet {
        DomainSet(self.0 & other.0)
    }

    /// The domains, in [`Domain::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Domain> {
        Domain::ALL.into_iter().filter(move |d| self.contains(*d))
    }

    /// Raw bits (bit i = `Domain::ALL[i]`).
    pub fn bits(self) -> u16 {
        self.0
    }

    /// From raw bits; `None` if a bit outside the known domains is set.
    pub fn from_bits(bits: u16) -> Option<DomainSet> {
        (bits >> Domain::ALL.len() == 0).then_some(DomainSet(bits))
    }
}

impl FromIterator<Domain> for DomainSet {
    fn from_iter<I: IntoIterator<Item = Domain>>(iter: I) -> Self {
        let mut s = DomainSet::EMPTY;
        for d in iter {
            s.insert(d);
        }
        s
    }
}

impl From<Vec<Domain>> for DomainSet {
    fn from(v: Vec<Domain>) -> Self {
        v.into_iter().collect()
    }
}

impl From<DomainSet> for Vec<Domain> {
    fn from(s: DomainSet) -> Self {
        s.iter().collect()
    }
}
