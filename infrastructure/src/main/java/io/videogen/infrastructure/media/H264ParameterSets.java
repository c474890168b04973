package io.videogen.infrastructure.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a slice header written by hand must agree with: the fields of the sequence and picture
 * parameter sets (ITU-T H.264 7.3.2.1 and 7.3.2.2) that shape a P slice's header and data. Read
 * from an encoder's extradata (Annex B, as libx264 gives it, or avcC).
 *
 * @param chromaArrayType   chroma_format_idc (separate colour planes are refused)
 * @param pocType           pic_order_cnt_type (0, 1 or 2)
 * @param macroblocks       macroblocks in a frame
 */
record H264ParameterSets(int ppsId, int log2MaxFrameNum, int pocType, int log2MaxPocLsb, boolean frameMbsOnly,
                         int chromaArrayType, int maxNumRefFrames, int macroblocks, boolean cabac,
                         boolean bottomFieldPicOrder, boolean weightedPred, int picInitQp,
                         boolean deblockingControl, boolean redundantPicCnt) {

    private static final Set<Integer> HIGH_PROFILES = Set.of(100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139,
            134, 135);

    /**
     * The parameter sets in {@code extradata}, or empty when there is not exactly one of each or
     * they use what a hand-written P slice does not handle (interlace, slice groups, separate colour planes, pic_order_cnt_type 1).
     */
    static Optional<H264ParameterSets> of(byte[] extradata) {
        List<byte[]> sps = new ArrayList<>();
        List<byte[]> pps = new ArrayList<>();
        for (byte[] nal : nalUnits(extradata)) {
            int type = nal[0] & 31;
            if (type == 7) {
                sps.add(nal);
            } else if (type == 8) {
                pps.add(nal);
            }
        }
        if (sps.size() != 1 || pps.size() != 1) {
            return Optional.empty();
        }
        try {
            return parse(sps.get(0), pps.get(0));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<H264ParameterSets> parse(byte[] spsNal, byte[] ppsNal) {
        RbspBits.Reader sps = new RbspBits.Reader(spsNal, 1, spsNal.length);
        int profile = sps.u(8);
        sps.u(16);                                   // constraint flags, level_idc
        sps.ue();                                    // seq_parameter_set_id
        int chromaFormat = 1;
        boolean separatePlanes = false;
        if (HIGH_PROFILES.contains(profile)) {
            chromaFormat = sps.ue();
            if (chromaFormat == 3) {
                separatePlanes = sps.flag();
            }
            sps.ue();                                // bit_depth_luma_minus8
            sps.ue();                                // bit_depth_chroma_minus8
            sps.u(1);                                // qpprime_y_zero_transform_bypass_flag
            if (sps.flag()) {                        // seq_scaling_matrix_present_flag
                for (int i = 0; i < (chromaFormat != 3 ? 8 : 12); i++) {
                    if (sps.flag()) {
                        skipScalingList(sps, i < 6 ? 16 : 64);
                    }
                }
            }
        }
        int log2MaxFrameNum = sps.ue() + 4;
        int pocType = sps.ue();
        int log2MaxPocLsb = 0;
        if (pocType == 0) {
            log2MaxPocLsb = sps.ue() + 4;
        } else if (pocType != 2) {
            return Optional.empty();
        }
        int maxNumRefFrames = sps.ue();
        sps.u(1);                                    // gaps_in_frame_num_value_allowed_flag
        int widthMbs = sps.ue() + 1;
        int heightMapUnits = sps.ue() + 1;
        boolean frameMbsOnly = sps.flag();
        if (!frameMbsOnly || maxNumRefFrames < 1 || separatePlanes) {
            return Optional.empty();
        }

        RbspBits.Reader pps = new RbspBits.Reader(ppsNal, 1, ppsNal.length);
        int ppsId = pps.ue();
        pps.ue();                                    // seq_parameter_set_id
        boolean cabac = pps.flag();
        boolean bottomFieldPicOrder = pps.flag();
        if (pps.ue() != 0) {                         // num_slice_groups_minus1
            return Optional.empty();
        }
        pps.ue();                                    // num_ref_idx_l0_default_active_minus1
        pps.ue();                                    // num_ref_idx_l1_default_active_minus1
        boolean weightedPred = pps.flag();
        pps.u(2);                                    // weighted_bipred_idc
        int picInitQp = 26 + pps.se();
        pps.se();                                    // pic_init_qs_minus26
        pps.se();                                    // chroma_qp_index_offset
        boolean deblockingControl = pps.flag();
        pps.u(1);                                    // constrained_intra_pred_flag
        boolean redundantPicCnt = pps.flag();
        return Optional.of(new H264ParameterSets(ppsId, log2MaxFrameNum, pocType, log2MaxPocLsb, true,
                chromaFormat, maxNumRefFrames, widthMbs * heightMapUnits, cabac,
                bottomFieldPicOrder, weightedPred, picInitQp, deblockingControl, redundantPicCnt));
    }

    private static void skipScalingList(RbspBits.Reader bits, int size) {
        int last = 8;
        int next = 8;
        for (int j = 0; j < size; j++) {
            if (next != 0) {
                next = (last + bits.se() + 256) % 256;
            }
            last = next == 0 ? last : next;
        }
    }

    /** Whether two extradata (each Annex B or avcC) carry the same NAL units, in the same order. */
    static boolean sameNalUnits(byte[] one, byte[] other) {
        List<byte[]> ours = nalUnits(one);
        List<byte[]> theirs = nalUnits(other);
        if (ours.size() != theirs.size()) {
            return false;
        }
        for (int i = 0; i < ours.size(); i++) {
            if (!java.util.Arrays.equals(ours.get(i), theirs.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The NAL units of Annex B data (start codes) or of an avcC record, each from its header byte on. */
    static List<byte[]> nalUnits(byte[] data) {
        List<byte[]> units = new ArrayList<>();
        if (data.length > 6 && data[0] == 1) {
            int at = 5;
            int spsCount = data[at++] & 31;
            for (int kind = 0; kind < 2; kind++) {
                int count = kind == 0 ? spsCount : data[at++] & 255;
                for (int i = 0; i < count; i++) {
                    int length = ((data[at] & 255) << 8) | (data[at + 1] & 255);
                    at += 2;
                    units.add(java.util.Arrays.copyOfRange(data, at, at + length));
                    at += length;
                }
            }
            return units;
        }
        int start = -1;
        for (int i = 0; i + 2 < data.length; i++) {
            if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
                if (start >= 0) {
                    units.add(java.util.Arrays.copyOfRange(data, start, trimZeros(data, start, i)));
                }
                start = i + 3;
                i += 2;
            }
        }
        if (start >= 0 && start < data.length) {
            units.add(java.util.Arrays.copyOfRange(data, start, data.length));
        }
        return units;
    }

    private static int trimZeros(byte[] data, int start, int end) {
        while (end > start && data[end - 1] == 0) {
            end--;
        }
        return end;
    }
}
