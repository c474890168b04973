package io.videogen.infrastructure.media;

import java.io.ByteArrayOutputStream;

/**
 * Renumbers the display order of libx264's pictures when frames the encoder never saw are shown
 * between them (ADR 0028). x264 counts pic_order_cnt_lsb as twice its own frame count since the IDR
 * picture; a GOP with copies written in between shows its picture n at 2n. Only that field of each
 * slice header changes: it has a fixed width, so the slice data after it stays where it was.
 */
final class PictureOrder {

    private static final int NON_IDR_SLICE = 1;
    private static final int IDR_SLICE = 5;

    private final H264ParameterSets sets;

    PictureOrder(H264ParameterSets sets) {
        if (sets.pocType() != 0) {
            throw new IllegalArgumentException("pictures are renumbered only with pic_order_cnt_type 0");
        }
        this.sets = sets;
    }

    /** A coded picture's Annex B bytes with its slices shown as frame {@code n} of the GOP, and its frame_num. */
    record Renumbered(byte[] data, int frameNum) {
    }

    Renumbered renumber(byte[] annexB, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(annexB.length + 16);
        int frameNum = -1;
        for (byte[] nal : H264ParameterSets.nalUnits(annexB)) {
            out.write(0);
            out.write(0);
            out.write(0);
            out.write(1);
            int type = nal[0] & 31;
            if (type != NON_IDR_SLICE && type != IDR_SLICE) {
                out.write(nal, 0, nal.length);
                continue;
            }
            byte[] rbsp = RbspBits.unescape(nal, 1, nal.length);
            RbspBits.Reader header = new RbspBits.Reader(rbsp);
            header.ue();                                       // first_mb_in_slice
            header.ue();                                       // slice_type
            header.ue();                                       // pic_parameter_set_id
            frameNum = header.u(sets.log2MaxFrameNum());
            if (type == IDR_SLICE) {
                header.ue();                                   // idr_pic_id
            }
            RbspBits.overwrite(rbsp, header.position(), sets.log2MaxPocLsb(),
                    (2 * n) & ((1 << sets.log2MaxPocLsb()) - 1));
            out.write(nal[0]);
            RbspBits.escape(rbsp, out);
        }
        if (frameNum < 0) {
            throw new IllegalArgumentException("a coded picture without a slice");
        }
        return new Renumbered(out.toByteArray(), frameNum);
    }
}
