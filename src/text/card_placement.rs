//! Where a glossary card goes: below its term by default, above when there is no room below,
//! its left edge at the term's start, shifted sideways to stay inside the viewport, never wider
//! than the viewport allows.
//!
//! Pure geometry in CSS pixels, viewport coordinates (origin top left), so it is tested
//! natively at phone, tablet and desktop widths.

/// A rectangle: top-left corner and size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }
}

/// Which side of the term the card sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Below,
    Above,
}

/// The card's box and side. When the card is taller than the room on either side, `rect`
/// is shortened to fit and the card scrolls inside.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub rect: Rect,
    pub side: Side,
}

/// Space between the term and the card's box. Zero: the card's own transparent padding makes
/// the visible gap and doubles as a bridge, so that the pointer moving from the term to the
/// card never crosses the next line of text (and the terms on it).
pub const GAP: f64 = 0.0;
/// Space kept free at the viewport's edges.
pub const MARGIN: f64 = 8.0;
/// The widest a card gets (22rem at 16px).
pub const MAX_WIDTH: f64 = 352.0;

/// Places a card of natural size `card` (width, height) for `term` in a viewport of
/// `viewport` (width, height).
pub fn place(term: Rect, card: (f64, f64), viewport: (f64, f64)) -> Placement {
    let (vw, vh) = viewport;
    let width = card.0.min(MAX_WIDTH).min((vw - 2.0 * MARGIN).max(0.0));
    // Aligned with the start of the term, as the eye reads; shifted left at the right edge.
    let x = term.x.min(vw - MARGIN - width).max(MARGIN);

    let room_below = vh - MARGIN - (term.bottom() + GAP);
    let room_above = term.y - GAP - MARGIN;
    let side = if card.1 <= room_below || room_below >= room_above { Side::Below } else { Side::Above };
    let room = match side {
        Side::Below => room_below,
        Side::Above => room_above,
    };
    let height = card.1.min(room.max(0.0));
    let y = match side {
        Side::Below => term.bottom() + GAP,
        Side::Above => term.y - GAP - height,
    };
    Placement { rect: Rect { x, y, width, height }, side }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHONE: (f64, f64) = (320.0, 568.0);
    const TABLET: (f64, f64) = (768.0, 1024.0);
    const DESKTOP: (f64, f64) = (1280.0, 800.0);
    const CARD: (f64, f64) = (352.0, 220.0);

    fn term(x: f64, y: f64) -> Rect {
        Rect { x, y, width: 60.0, height: 24.0 }
    }

    fn inside(p: &Placement, viewport: (f64, f64)) -> bool {
        p.rect.x >= MARGIN - 1e-9
            && p.rect.y >= MARGIN - 1e-9
            && p.rect.right() <= viewport.0 - MARGIN + 1e-9
            && p.rect.bottom() <= viewport.1 - MARGIN + 1e-9
    }

    #[test]
    fn below_and_aligned_with_the_term_when_there_is_room() {
        let t = term(600.0, 200.0);
        let p = place(t, CARD, DESKTOP);
        assert_eq!(p.side, Side::Below);
        assert_eq!(p.rect.y, t.bottom() + GAP);
        assert_eq!(p.rect.x, t.x);
        assert_eq!(p.rect.width, 352.0);
        assert!(inside(&p, DESKTOP));
    }

    #[test]
    fn flips_above_near_the_bottom() {
        for viewport in [PHONE, TABLET, DESKTOP] {
            let t = term(100.0, viewport.1 - 60.0);
            let p = place(t, CARD, viewport);
            assert_eq!(p.side, Side::Above, "{viewport:?}");
            assert_eq!(p.rect.bottom(), t.y - GAP);
            assert!(inside(&p, viewport), "{viewport:?}: {p:?}");
        }
    }

    #[test]
    fn shifts_sideways_at_both_edges() {
        for viewport in [PHONE, TABLET, DESKTOP] {
            let left = place(term(0.0, 100.0), CARD, viewport);
            assert_eq!(left.rect.x, MARGIN, "{viewport:?}");
            let right = place(term(viewport.0 - 30.0, 100.0), CARD, viewport);
            assert_eq!(right.rect.right(), viewport.0 - MARGIN, "{viewport:?}");
            assert!(inside(&left, viewport) && inside(&right, viewport));
        }
    }

    #[test]
    fn never_wider_than_a_phone_allows() {
        let p = place(term(150.0, 100.0), CARD, PHONE);
        assert_eq!(p.rect.width, 320.0 - 2.0 * MARGIN);
        assert_eq!(p.rect.x, MARGIN);
        assert!(inside(&p, PHONE));
    }

    #[test]
    fn a_card_taller_than_either_side_takes_the_larger_side_and_shrinks() {
        let tall = (300.0, 700.0);
        let p = place(term(100.0, 150.0), tall, PHONE);
        assert_eq!(p.side, Side::Below);
        assert!(p.rect.height < 700.0);
        assert!(inside(&p, PHONE));
        let p = place(term(100.0, 450.0), tall, PHONE);
        assert_eq!(p.side, Side::Above);
        assert!(inside(&p, PHONE));
    }

    #[test]
    fn every_position_on_a_grid_stays_inside_the_viewport() {
        for viewport in [PHONE, TABLET, DESKTOP] {
            let mut y = 0.0;
            while y + 24.0 <= viewport.1 {
                let mut x = 0.0;
                while x + 60.0 <= viewport.0 {
                    let p = place(term(x, y), CARD, viewport);
                    assert!(inside(&p, viewport), "{viewport:?} term at {x},{y}: {p:?}");
                    // The card never covers its term.
                    let t = term(x, y);
                    assert!(p.rect.y >= t.bottom() || p.rect.bottom() <= t.y, "{p:?} covers {t:?}");
                    x += 37.0;
                }
                y += 29.0;
            }
        }
    }
}
