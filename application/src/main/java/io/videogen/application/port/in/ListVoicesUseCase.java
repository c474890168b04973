package io.videogen.application.port.in;

import java.util.List;

public interface ListVoicesUseCase {

    /** Every voice of every configured speech provider. */
    List<VoiceView> voices();

    record VoiceView(String id, String provider, String name, String language, String gender) {
    }
}
