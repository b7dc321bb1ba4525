package org.hsctdata.fhir.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A transaction bundle on disk, with the number of its entries (counted once, before any clock runs).
 *
 * @param path    the file
 * @param entries the number of entries
 * @param bytes   the size of the file
 */
record BundleFile(Path path, int entries, long bytes) {

	private static final JsonFactory JSON = new JsonFactory();

	static BundleFile of(Path path) throws IOException {
		return new BundleFile(path, countEntries(path), Files.size(path));
	}

	String name() {
		return path.getFileName().toString();
	}

	byte[] read() throws IOException {
		return Files.readAllBytes(path);
	}

	/** The length of the top-level {@code entry} array, read as a stream (Synthea bundles reach tens of MB). */
	private static int countEntries(Path path) throws IOException {
		try (JsonParser parser = JSON.createParser(path.toFile())) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IOException(path + " is not a JSON object");
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				if (field.equals("entry") && value == JsonToken.START_ARRAY) {
					int entries = 0;
					while (parser.nextToken() != JsonToken.END_ARRAY) {
						parser.skipChildren();
						entries++;
					}
					return entries;
				}
				parser.skipChildren();
			}
			return 0;
		}
	}
}
