package org.trustbricks.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON from an untrusted source with limits: size, nesting depth, string length, strict UTF-8,
 * no duplicate member names, no trailing content. Every failure is a {@link MalformedInputException}
 * whose message names what was wrong and where.
 */
public final class UntrustedJson {

    private final int maxBytes;
    private final ObjectMapper mapper;

    private UntrustedJson(int maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(maxBytes)
                        .maxNumberLength(64)
                        .maxDocumentLength(maxBytes)
                        .build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** A reader that accepts at most {@code maxBytes} bytes nested at most {@code maxDepth} levels. */
    public static UntrustedJson withLimits(int maxBytes, int maxDepth) {
        if (maxBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        return new UntrustedJson(maxBytes, maxDepth);
    }

    /** The size limit in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /** Reads at most the size limit from a stream, then parses it. */
    public JsonNode read(InputStream in) throws MalformedInputException {
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            return read(bytes);
        } catch (IOException e) {
            throw new MalformedInputException("could not read the input: " + e.getMessage(), "", e);
        }
    }

    /** Parses a complete document. */
    public JsonNode read(byte[] bytes) throws MalformedInputException {
        if (bytes.length > maxBytes) {
            throw new MalformedInputException("the document is larger than the limit of " + maxBytes + " bytes");
        }
        if (bytes.length == 0) {
            throw new MalformedInputException("the document is empty");
        }
        requireUtf8(bytes);
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new MalformedInputException("the document is empty");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new MalformedInputException("the document exceeds a reading limit: " + firstLine(e.getOriginalMessage()), "", e);
        } catch (JsonParseException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            throw new MalformedInputException("not valid JSON: " + firstLine(e.getOriginalMessage()) + where, "", e);
        } catch (IOException e) {
            throw new MalformedInputException("not valid JSON: " + firstLine(e.getMessage()), "", e);
        } catch (NumberFormatException | ArithmeticException e) {
            // a number the reader cannot hold, such as an exponent with dozens of digits (1E2222…)
            throw new MalformedInputException("the document holds a number out of any usable range: " + firstLine(e.getMessage()), "", e);
        }
    }

    private static void requireUtf8(byte[] bytes) throws MalformedInputException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            throw new MalformedInputException("the document starts with a byte-order mark; JSON must be UTF-8 without one (RFC 8259)");
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new MalformedInputException("the document is not UTF-8 text", "", e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
