//! Today's date, read once from the browser clock (the domain core never reads the clock).

use aiguillage_core::Date;

/// Today in the person's time zone; a fixed date outside a browser (native tests).
pub fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        let y = now.get_full_year() as i32;
        let m = (now.get_month() + 1) as u8;
        let d = now.get_date() as u8;
        if let Some(date) = Date::new(y, m, d) {
            return date;
        }
    }
    Date::new(2026, 11, 23).expect("a valid constant date")
}
