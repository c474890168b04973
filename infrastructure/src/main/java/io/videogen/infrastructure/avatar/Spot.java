package io.videogen.infrastructure.avatar;

import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarConfig.Placement;
import io.videogen.domain.media.Resolution;

/**
 * Where the presenter's layer sits in the frame and how it is framed. Corners get a badge (a
 * circle or a rounded card) inset from the edges; left, right and full show a taller bust that
 * stands on the bottom edge like a presenter beside the content.
 */
record Spot(int x, int y, int width, int height, Framing framing, int inset) {

    enum Framing {
        CIRCLE, CARD, STANDING
    }

    /** Distance from the frame's edges, as a share of each side: inside the action-safe area. */
    static final double MARGIN = 0.04;
    /** Room around a badge for its drop shadow, as a share of the badge. */
    static final double SHADOW_ROOM = 0.07;

    /**
     * @param canStand whether the look can be cut out and stand free (a drawn presenter can; a
     *                 photo has its own background and is shown on a card instead)
     */
    static Spot of(AvatarConfig config, Resolution frame, boolean canStand) {
        int width = frame.width();
        int height = frame.height();
        int marginX = (int) Math.round(width * MARGIN);
        int marginY = (int) Math.round(height * MARGIN);
        Placement placement = config.placement();
        if (placement.isCorner()) {
            int side = (int) Math.round(Math.min(config.scale() * height, largestBadge(width, height, marginX, marginY)));
            Framing framing = config.shape() == AvatarConfig.Shape.CIRCLE ? Framing.CIRCLE : Framing.CARD;
            return badge(placement, side, side, framing, frame, marginX, marginY);
        }
        if (!canStand) {
            int cardHeight = (int) Math.round(height * (placement == Placement.FULL ? 0.8 : Math.max(0.5, config.scale() * 2)));
            cardHeight = (int) Math.min(cardHeight, largestBadge(width, height, marginX, marginY));
            int cardWidth = Math.min(cardHeight * 3 / 4, placement == Placement.FULL ? width - 2 * marginX : width / 2);
            return badge(placement, cardWidth, cardHeight, Framing.CARD, frame, marginX, marginY);
        }
        return standing(placement, config.scale(), frame, marginX);
    }

    /** The drawn presenter's own shape, 4:5, from the bottom edge up to most of the frame. */
    private static Spot standing(Placement placement, double scale, Resolution frame, int marginX) {
        int width = frame.width();
        int height = frame.height();
        double share = placement == Placement.FULL ? 0.92 : Math.min(0.9, Math.max(0.55, scale * 2.2));
        int bustHeight = (int) Math.round(height * share);
        int bustWidth = bustHeight * 4 / 5;
        int widest = placement == Placement.FULL ? width - 2 * marginX : (int) Math.round(width * 0.6);
        if (bustWidth > widest) {
            bustWidth = widest;
            bustHeight = bustWidth * 5 / 4;
        }
        int x = switch (placement) {
            case LEFT -> marginX;
            case RIGHT -> width - marginX - bustWidth;
            default -> (width - bustWidth) / 2;
        };
        return new Spot(x, height - bustHeight, bustWidth, bustHeight, Framing.STANDING, 0);
    }

    private static Spot badge(Placement placement, int badgeWidth, int badgeHeight, Framing framing, Resolution frame,
                              int marginX, int marginY) {
        int room = (int) Math.ceil(Math.max(badgeWidth, badgeHeight) * SHADOW_ROOM);
        int width = badgeWidth + 2 * room;
        int height = badgeHeight + 2 * room;
        boolean left = placement == Placement.TOP_LEFT || placement == Placement.BOTTOM_LEFT || placement == Placement.LEFT;
        boolean right = placement == Placement.TOP_RIGHT || placement == Placement.BOTTOM_RIGHT || placement == Placement.RIGHT;
        boolean top = placement == Placement.TOP_LEFT || placement == Placement.TOP_RIGHT;
        boolean bottom = placement == Placement.BOTTOM_LEFT || placement == Placement.BOTTOM_RIGHT;
        // The badge itself keeps the margin; its shadow may reach into it.
        int x = left ? marginX - room : right ? frame.width() - marginX - badgeWidth - room : (frame.width() - width) / 2;
        int y = top ? marginY - room : bottom ? frame.height() - marginY - badgeHeight - room : (frame.height() - height) / 2;
        x = Math.max(0, Math.min(frame.width() - width, x));
        y = Math.max(0, Math.min(frame.height() - height, y));
        return new Spot(x, y, width, height, framing, room);
    }

    /** A badge inside the margins whose shadow room still fits in the frame. */
    private static double largestBadge(int width, int height, int marginX, int marginY) {
        double withinMargins = Math.min(width - 2 * marginX, height - 2 * marginY);
        double withShadow = Math.min(width, height) / (1 + 2 * SHADOW_ROOM) - 2;
        return Math.min(withinMargins, withShadow);
    }
}
