package io.videogen.application.service;

import java.util.Locale;
import java.util.Map;

/** What a voice says when someone listens to it before choosing: one sentence in its own language. */
public final class VoiceSamples {

    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry("en", "Hello! This is how I sound when I read your script, at the speed you choose."),
            Map.entry("de", "Hallo! So klinge ich, wenn ich dein Skript vorlese, in dem Tempo, das du wählst."),
            Map.entry("fr", "Bonjour ! Voici ma voix quand je lis votre texte, au rythme que vous choisissez."),
            Map.entry("es", "Hola. Así sueno cuando leo tu guion, a la velocidad que elijas."),
            Map.entry("it", "Ciao! Ecco come suono quando leggo il tuo testo, alla velocità che scegli."),
            Map.entry("pt", "Olá! É assim que eu soo quando leio o seu roteiro, na velocidade que escolher."),
            Map.entry("nl", "Hallo! Zo klink ik als ik je script voorlees, op de snelheid die je kiest."),
            Map.entry("pl", "Cześć! Tak brzmię, gdy czytam twój scenariusz, w wybranym przez ciebie tempie."),
            Map.entry("sv", "Hej! Så här låter jag när jag läser ditt manus, i den takt du väljer."),
            Map.entry("cs", "Ahoj! Takhle zním, když čtu tvůj scénář, rychlostí, kterou si vybereš."),
            Map.entry("fi", "Hei! Tältä kuulostan, kun luen käsikirjoituksesi valitsemallasi nopeudella."),
            Map.entry("tr", "Merhaba! Senaryonu okurken sesim böyle çıkıyor, seçtiğin hızda."),
            Map.entry("id", "Halo! Beginilah suara saya saat membaca naskah Anda, dengan kecepatan pilihan Anda."));

    private VoiceSamples() {
    }

    /** The sample sentence for a language tag (by its primary subtag); English when there is none. */
    public static String sentence(String language) {
        String primary = language.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return SENTENCES.getOrDefault(primary, SENTENCES.get("en"));
    }
}
