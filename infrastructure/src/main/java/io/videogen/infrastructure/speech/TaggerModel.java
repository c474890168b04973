package io.videogen.infrastructure.speech;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.postag.POSModel;

/**
 * OpenNLP's part-of-speech model as MaryTTS ships it (a zip inside MaryTTS's jar), read by OpenNLP's
 * own code from its entries inflated once. OpenNLP reads the maximum-entropy parameters through a
 * {@link ZipInputStream} one number at a time, and each eight-byte read of a deflated entry is a native
 * inflate call and a checksum update of its own: about a third of the model's read. Here each entry is
 * inflated whole and the model handed to OpenNLP as a zip of the same entries, in the same order, stored
 * rather than deflated, in memory; OpenNLP parses the same bytes into the same model.
 */
final class TaggerModel {

    private TaggerModel() {
    }

    static POSModel read(InputStream shipped) throws IOException {
        List<ZipEntry> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        long size = 0;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(shipped, 1 << 16))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                names.add(entry);
                contents.add(content);
                size += content.length + 2L * entry.getName().length() + 128;
            }
        }
        Stored stored = new Stored(Math.toIntExact(size + 64));
        try (ZipOutputStream zip = new ZipOutputStream(stored)) {
            for (int i = 0; i < names.size(); i++) {
                byte[] content = contents.get(i);
                CRC32 crc = new CRC32();
                crc.update(content);
                ZipEntry entry = new ZipEntry(names.get(i).getName());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                entry.setCompressedSize(content.length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
                contents.set(i, null);
            }
        }
        return new POSModel(stored.asInput());
    }

    /** The stored zip, handed on without the copy {@code toByteArray} would make. */
    private static final class Stored extends ByteArrayOutputStream {
        Stored(int size) {
            super(size);
        }

        InputStream asInput() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }
}
