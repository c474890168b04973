package io.videogen.infrastructure.avatar;

import java.util.ArrayList;
import java.util.List;

/** One drawing of the presenter: a mouth shape with the eyes open or closed. */
record Pose(Viseme mouth, boolean eyesClosed) {

    /** Every pose, in the order of {@link #index()}: the performance refers to poses by that number. */
    static List<Pose> all() {
        List<Pose> poses = new ArrayList<>();
        for (Viseme mouth : Viseme.values()) {
            poses.add(new Pose(mouth, false));
            poses.add(new Pose(mouth, true));
        }
        return poses;
    }

    int index() {
        return mouth.ordinal() * 2 + (eyesClosed ? 1 : 0);
    }
}
