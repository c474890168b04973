package io.videogen.infrastructure.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.datatypes.MaryXML;
import marytts.modules.InternalModule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * MaryTTS's tokeniser step (raw MaryXML to tokens) for English, standing in for MaryTTS's own
 * {@code JTokeniser}, which needs the JTok library that is not on Maven Central. Words (letters and
 * digits, with inner apostrophes, dots and hyphens) and single punctuation marks become tokens; a
 * sentence ends after {@code . ! ?}. {@link MaryEngine} registers it with MaryTTS before start-up.
 */
public class MaryTokeniser extends InternalModule {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.\\-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");

    public MaryTokeniser() {
        super("VideogenTokeniser", MaryDataType.RAWMARYXML, MaryDataType.TOKENS, Locale.ENGLISH);
    }

    @Override
    public MaryData process(MaryData raw) {
        Document document = raw.getDocument();
        List<Text> texts = new ArrayList<>();
        collect(document.getDocumentElement(), texts);
        for (Text text : texts) {
            Node parent = text.getParentNode();
            Element sentence = null;
            Matcher token = TOKEN.matcher(text.getData());
            while (token.find()) {
                if (sentence == null) {
                    sentence = MaryXML.createElement(document, MaryXML.SENTENCE);
                    parent.insertBefore(sentence, text);
                }
                Element element = MaryXML.createElement(document, MaryXML.TOKEN);
                element.setTextContent(token.group());
                sentence.appendChild(element);
                if (SENTENCE_END.matcher(token.group()).matches()) {
                    sentence = null;
                }
            }
            parent.removeChild(text);
        }
        MaryData tokens = new MaryData(outputType(), raw.getLocale());
        tokens.setDocument(document);
        return tokens;
    }

    private static void collect(Node node, List<Text> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text && !text.getData().isBlank()) {
                texts.add(text);
            } else {
                collect(child, texts);
            }
        }
    }
}
