package org.hsctdata.fhir.bulkimport;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hsctdata.fhir.rest.IssueCode;
import org.hsctdata.fhir.rest.JsonValueTypes;

/**
 * The body of a {@code $import}, read up front: each non-blank line either a FHIR resource with an id, to be stored,
 * or refused with an OperationOutcome that names its line. Lines are numbered from 1, blank lines counted and skipped.
 *
 * <p>A line is refused when it is not one JSON object, has no known {@code resourceType}, holds a value of the wrong
 * JSON type or anything else HAPI's strict parser refuses, has no id or one that is not a FHIR id, or names the same
 * resource as an earlier line.
 */
final class ImportFile {

	private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	/** A resource to store, and the line it came from. */
	record Entry(int line, IBaseResource resource, String reference) {}

	/** A line that is not stored, and why. */
	record Refusal(int line, String reference, OperationOutcome outcome) {

		/** The first issue's text: {@link IssueCode#IMPORT_LINE_REFUSED}, the line and why. */
		String reason() {
			return outcome.getIssueFirstRep().getDiagnostics();
		}
	}

	/** What the body holds: the resources in line order, the refused lines, and how many lines it has. */
	record Parsed(List<Entry> entries, List<Refusal> refused, int lines) {

		/** The resource types of the lines to store, each once, in the order they first appear. */
		Set<String> types() {
			Set<String> types = new LinkedHashSet<>();
			entries.forEach(entry -> types.add(entry.resource().fhirType()));
			return types;
		}
	}

	private ImportFile() {}

	static Parsed parse(FhirContext fhir, String body) {
		IParser parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		List<Entry> entries = new ArrayList<>();
		List<Refusal> refused = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		String[] lines = body.split("\n", -1);
		int count = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
			if (line.isBlank()) {
				continue;
			}
			count = i + 1;
			int number = i + 1;
			String problem = problem(fhir, line);
			if (problem != null) {
				refused.add(refusal(number, null, problem));
				continue;
			}
			IBaseResource resource;
			try {
				resource = parser.parseResource(line);
			} catch (DataFormatException invalid) {
				refused.add(refusal(number, null, "is not a valid FHIR resource: " + invalid.getMessage()));
				continue;
			}
			String type = resource.fhirType();
			if (!resource.getIdElement().hasIdPart()) {
				refused.add(refusal(
						number,
						null,
						"has no id: each " + type + " is stored under the id it carries (PUT semantics)"));
				continue;
			}
			String id = resource.getIdElement().getIdPart();
			if (!FHIR_ID.matcher(id).matches()) {
				refused.add(
						refusal(number, null, "'" + id + "' is not a FHIR id (1 to 64 letters, digits, '-' and '.')"));
				continue;
			}
			String reference = type + "/" + id;
			Integer earlier = seen.putIfAbsent(reference, number);
			if (earlier != null) {
				refused.add(refusal(number, reference, "is on line " + earlier + " already"));
				continue;
			}
			resource.setId(reference);
			entries.add(new Entry(number, resource, reference));
		}
		return new Parsed(List.copyOf(entries), List.copyOf(refused), count);
	}

	/** What is wrong with a line before HAPI's parser sees it, or null. */
	private static String problem(FhirContext fhir, String line) {
		JsonNode json;
		try {
			json = JSON.readTree(line);
		} catch (JsonProcessingException malformed) {
			return "is not JSON: " + malformed.getOriginalMessage();
		}
		if (json == null || !json.isObject()) {
			return "is not a JSON object (one FHIR resource a line)";
		}
		JsonNode type = json.get("resourceType");
		if (type == null || !type.isTextual()) {
			return "has no resourceType";
		}
		if (!fhir.getResourceTypes().contains(type.asText())) {
			return "resourceType '" + type.asText() + "' is not a FHIR R4 resource type";
		}
		List<String> wrongTypes = JsonValueTypes.problems(fhir, line);
		if (!wrongTypes.isEmpty()) {
			return "has a value of the wrong JSON type: " + String.join("; ", wrongTypes);
		}
		return null;
	}

	/** The OperationOutcome of a refused line: its number and why first, then the issues of the refusal, if any. */
	static Refusal refusal(int line, String reference, String why) {
		return refusal(line, reference, why, null);
	}

	static Refusal refusal(int line, String reference, String why, OperationOutcome cause) {
		OperationOutcome outcome = new OperationOutcome();
		String what = reference == null ? "" : " (" + reference + ")";
		IssueCode.IMPORT_LINE_REFUSED.addTo(outcome, "line " + line + what + " " + why, "line " + line);
		if (cause != null) {
			cause.getIssue().forEach(issue -> outcome.addIssue(issue.copy()));
		}
		return new Refusal(line, reference, outcome);
	}
}
