package org.hsctdata.fhir.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/**
 * One reviewed row of an HL7-validator issue list ({@code severity,message_fragment,reason}): an issue of this
 * severity whose message contains this fragment is expected, and why. The lists live on the test classpath.
 */
public record ListedIssue(String file, String severity, String fragment, String reason) {

	public boolean matches(ValidationMessage issue) {
		return issue.getLevel().toCode().equals(severity) && issue.getMessage().contains(fragment);
	}

	/** The rows of these lists (resources on the test classpath), in order. */
	public static List<ListedIssue> read(String... files) {
		List<ListedIssue> rows = new ArrayList<>();
		for (String file : files) {
			try (InputStream csv = ListedIssue.class.getResourceAsStream(file)) {
				if (csv == null) {
					throw new IllegalStateException("no " + file + " on the test classpath");
				}
				new String(csv.readAllBytes(), StandardCharsets.UTF_8)
						.lines()
						.skip(1)
						.filter(line -> !line.isBlank())
						.map(line -> line.split(",", 3))
						// message_fragment holds no comma; reason may, in double quotes
						.map(cells -> new ListedIssue(
								file,
								cells[0].strip(),
								cells[1].strip(),
								cells[2].strip().replaceAll("^\"|\"$", "")))
						.forEach(rows::add);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return rows;
	}
}
