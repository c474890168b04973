package io.videogen.infrastructure.avatar;

import java.awt.Graphics2D;

/** Someone who can be drawn in any of the poses. */
interface Presenter {

    /**
     * Draws the presenter filling a box of the given size whose top-left is the origin.
     *
     * @param standing true to draw the figure alone on a transparent background (it stands on the
     *                 frame's bottom edge); false to fill the box, backdrop included, for a badge
     */
    void draw(Graphics2D graphics, int width, int height, Pose pose, boolean standing);
}
