package io.videogen.infrastructure.media;

/**
 * An H.264 P picture in which every macroblock is skipped (P_Skip, ITU-T H.264 7.3.4 and 8.4.1.1): it
 * decodes to its reference picture exactly. With no neighbour that moves, a skipped macroblock's
 * predicted motion is zero, it carries no residual, and the deblocking filter has nothing to do
 * (boundary strength 0 between macroblocks of the same reference and motion; switched off in the
 * header besides). Written for frame n of a closed GOP whose IDR picture is frame 0 and whose
 * frames 1 to n-1 are such pictures too: each is a reference picture with frame_num n (sliding
 * window marking) and predicts from the picture just before it, which is the IDR picture's copy.
 * No encoder looks at these frames; writing one costs a few microseconds.
 */
final class RepeatedPicture {

    /** The slice QP chosen for the header: with it the skip flag's context starts on "skipped" as most probable. */
    private static final int SLICE_QP = 26;
    /** ctxIdx 11 (mb_skip_flag of P slices, no skipped-flag-0 neighbour) for cabac_init_idc 0: m and n (Table 9-13). */
    private static final int SKIP_M = 23;
    private static final int SKIP_N = 33;

    private final H264ParameterSets sets;

    RepeatedPicture(H264ParameterSets sets) {
        this.sets = sets;
    }

    /** The Annex B NAL unit of frame {@code n} (n ≥ 1) of the GOP. */
    byte[] frame(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("frame 0 of a GOP is its IDR picture");
        }
        return picture(n, n, true);
    }

    /**
     * The Annex B NAL unit of a non-reference copy of the last reference picture, shown as frame
     * {@code n} of a GOP whose pictures are all P pictures in display order (ADR 0028): its frame_num
     * is the one after the last reference picture's, {@code frameNum}, and it leaves the decoded
     * picture buffer as it was, so the encoder's next picture predicts from what it expects.
     */
    byte[] copyOfLast(int frameNum, int n) {
        if (sets.pocType() != 0) {
            throw new IllegalStateException("a non-reference copy needs pic_order_cnt_type 0");
        }
        return picture(frameNum, n, false);
    }

    private byte[] picture(int frameNum, int n, boolean reference) {
        RbspBits.Writer bits = new RbspBits.Writer();
        header(bits, frameNum, n, reference);
        if (sets.cabac()) {
            while (!bits.aligned()) {
                bits.bit(1);                                   // cabac_alignment_one_bit
            }
            new SkipCabac(bits).allSkipped(sets.macroblocks());
            bits.alignWithZeros();
        } else {
            bits.ue(sets.macroblocks());                       // mb_skip_run: the whole picture
            bits.trailingBits();
        }
        return bits.nal(reference ? 2 : 0, 1);                 // nal_ref_idc, coded slice of a non-IDR picture
    }

    private void header(RbspBits.Writer bits, int frameNum, int n, boolean reference) {
        bits.ue(0);                                            // first_mb_in_slice
        bits.ue(5);                                            // slice_type: P, every slice of the picture
        bits.ue(sets.ppsId());
        bits.u(sets.log2MaxFrameNum(), frameNum & ((1 << sets.log2MaxFrameNum()) - 1));
        if (sets.pocType() == 0) {
            bits.u(sets.log2MaxPocLsb(), (2 * n) & ((1 << sets.log2MaxPocLsb()) - 1));
            if (sets.bottomFieldPicOrder()) {
                bits.se(0);                                    // delta_pic_order_cnt_bottom
            }
        }
        if (sets.redundantPicCnt()) {
            bits.ue(0);
        }
        bits.u(1, 1);                                          // num_ref_idx_active_override_flag
        bits.ue(0);                                            // one reference: the picture before
        bits.u(1, 0);                                          // ref_pic_list_modification_flag_l0
        if (sets.weightedPred()) {
            bits.ue(0);                                        // luma_log2_weight_denom
            if (sets.chromaArrayType() != 0) {
                bits.ue(0);                                    // chroma_log2_weight_denom
            }
            bits.u(1, 0);                                      // luma_weight_l0_flag: default weights
            if (sets.chromaArrayType() != 0) {
                bits.u(1, 0);                                  // chroma_weight_l0_flag
            }
        }
        if (reference) {
            bits.u(1, 0);                                      // adaptive_ref_pic_marking_mode_flag: sliding window
        }
        if (sets.cabac()) {
            bits.ue(0);                                        // cabac_init_idc
        }
        bits.se(SLICE_QP - sets.picInitQp());                  // slice_qp_delta
        if (sets.deblockingControl()) {
            bits.ue(1);                                        // disable_deblocking_filter_idc
        }
    }

    /**
     * The CABAC arithmetic coder (9.3.4) for the only bins of an all-skipped slice: mb_skip_flag = 1
     * and end_of_slice_flag per macroblock. The skip flag's context starts with 1 as its most
     * probable symbol at {@link #SLICE_QP}, and a most probable symbol only ever raises its state,
     * so the least probable branch is never taken.
     */
    private static final class SkipCabac {

        /** rangeTabLPS (Table 9-44), by pStateIdx then qCodIRangeIdx. */
        private static final int[][] RANGE_LPS = {
            {128, 176, 208, 240}, {128, 167, 197, 227}, {128, 158, 187, 216}, {123, 150, 178, 205},
            {116, 142, 169, 195}, {111, 135, 160, 185}, {105, 128, 152, 175}, {100, 122, 144, 166},
            {95, 116, 137, 158}, {90, 110, 130, 150}, {85, 104, 123, 142}, {81, 99, 117, 135},
            {77, 94, 111, 128}, {73, 89, 105, 122}, {69, 85, 100, 116}, {66, 80, 95, 110},
            {62, 76, 90, 104}, {59, 72, 86, 99}, {56, 69, 81, 94}, {53, 65, 77, 89},
            {51, 62, 73, 85}, {48, 59, 69, 80}, {46, 56, 66, 76}, {43, 53, 63, 72},
            {41, 50, 59, 69}, {39, 48, 56, 65}, {37, 45, 54, 62}, {35, 43, 51, 59},
            {33, 41, 48, 56}, {32, 39, 46, 53}, {30, 37, 43, 50}, {29, 35, 41, 48},
            {27, 33, 39, 45}, {26, 31, 37, 43}, {24, 30, 35, 41}, {23, 28, 33, 39},
            {22, 27, 32, 37}, {21, 26, 30, 35}, {20, 24, 29, 33}, {19, 23, 27, 31},
            {18, 22, 26, 30}, {17, 21, 25, 28}, {16, 20, 23, 27}, {15, 19, 22, 25},
            {14, 18, 21, 24}, {14, 17, 20, 23}, {13, 16, 19, 22}, {12, 15, 18, 21},
            {12, 14, 17, 20}, {11, 14, 16, 19}, {11, 13, 15, 18}, {10, 12, 15, 17},
            {10, 12, 14, 16}, {9, 11, 13, 15}, {9, 11, 12, 14}, {8, 10, 12, 14},
            {8, 9, 11, 13}, {7, 9, 11, 12}, {7, 9, 10, 12}, {7, 8, 10, 11},
            {6, 8, 9, 11}, {6, 7, 9, 10}, {6, 7, 8, 9}, {2, 2, 2, 2},
        };

        private final RbspBits.Writer bits;
        private int low;
        private int range = 510;
        private boolean firstBit = true;
        private int outstanding;

        SkipCabac(RbspBits.Writer bits) {
            this.bits = bits;
        }

        void allSkipped(int macroblocks) {
            int pre = Math.min(126, Math.max(1, ((SKIP_M * SLICE_QP) >> 4) + SKIP_N));
            if (pre <= 63) {
                throw new IllegalStateException("the skip flag's context does not start on 'skipped'");
            }
            int state = pre - 64;
            for (int mb = 0; mb < macroblocks; mb++) {
                // mb_skip_flag = 1, the most probable symbol
                range -= RANGE_LPS[state][(range >> 6) & 3];
                state = Math.min(state + 1, 62);
                renormalise();
                // end_of_slice_flag, a terminating bin
                range -= 2;
                if (mb < macroblocks - 1) {
                    renormalise();
                } else {
                    low += range;
                    flush();
                }
            }
        }

        private void renormalise() {
            while (range < 256) {
                if (low < 256) {
                    putBit(0);
                } else if (low >= 512) {
                    low -= 512;
                    putBit(1);
                } else {
                    low -= 256;
                    outstanding++;
                }
                range <<= 1;
                low <<= 1;
            }
        }

        private void putBit(int bit) {
            if (firstBit) {
                firstBit = false;
            } else {
                bits.bit(bit);
            }
            for (; outstanding > 0; outstanding--) {
                bits.bit(1 - bit);
            }
        }

        /** 9.3.4.5: the last two bits written end with the rbsp_stop_one_bit. */
        private void flush() {
            range = 2;
            renormalise();
            putBit((low >> 9) & 1);
            bits.u(2, ((low >> 7) & 3) | 1);
        }
    }
}
