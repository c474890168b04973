package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

/** FFmpeg's AAC encoder as every soundtrack opens it: one setting for the whole track and its pieces alike. */
final class AacEncoder {

    private static final int AAC_BITRATE = 128_000;

    private AacEncoder() {
    }

    /** 128 kb/s, or what AAC can carry at a low sample rate (6144 bits per channel and frame). */
    static long bitRate(NarrationMix mix) {
        return Math.min(AAC_BITRATE, 6144L * mix.sampleRate() / 1024 * mix.channels());
    }

    /** An open encoder for the mix's rate, channels and quantiser search; the caller frees it. */
    static AVCodecContext open(NarrationMix mix) {
        AVCodec aac = avcodec_find_encoder(AV_CODEC_ID_AAC);
        AVCodecContext encoder = avcodec_alloc_context3(aac);
        encoder.sample_fmt(AV_SAMPLE_FMT_FLTP);
        encoder.sample_rate(mix.sampleRate());
        av_channel_layout_default(encoder.ch_layout(), mix.channels());
        encoder.bit_rate(bitRate(mix));
        encoder.time_base(av_make_q(1, mix.sampleRate()));
        encoder.flags(encoder.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "aac_coder", mix.aacCoder(), 0);
        try {
            check(avcodec_open2(encoder, aac, options), "opening the AAC encoder");
        } catch (RuntimeException e) {
            avcodec_free_context(encoder);
            throw e;
        } finally {
            av_dict_free(options);
        }
        return encoder;
    }
}
