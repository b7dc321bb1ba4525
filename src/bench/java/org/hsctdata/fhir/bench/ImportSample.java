package org.hsctdata.fhir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The resources the import measure loads into an empty server, taken from the NDJSON files of a whole-server export:
 * the records of the first patients of the Patient file (each patient, what refers to it, what refers to those, and
 * so on) until at least the wanted number of resources, plus every resource they refer to (hospitals, practitioners,
 * medications, donors ...), so that every reference resolves. The export's audit trail is left out: it is the server's
 * own record, not data a centre would load. The lines come in an order where each resource follows those it refers to,
 * so that plain's transactions, sent one after the other, find every target already stored.
 */
final class ImportSample {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern LITERAL = Pattern.compile("[A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64}");

	private ImportSample() {}

	/** The sample's NDJSON lines, in reference order. */
	static List<String> of(Path exportDir, int wanted) throws IOException {
		Map<String, String> lines = new LinkedHashMap<>();
		Map<String, Set<String>> refersTo = new HashMap<>();
		Map<String, Set<String>> referredBy = new HashMap<>();
		List<String> patients = new ArrayList<>();
		try (Stream<Path> files = Files.list(exportDir)) {
			for (Path file : files.sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					if (line.isBlank()) {
						continue;
					}
					JsonNode resource = JSON.readTree(line);
					String type = resource.path("resourceType").asText();
					if (type.equals("AuditEvent")) {
						continue;
					}
					String key = type + "/" + resource.path("id").asText();
					lines.put(key, line);
					if (type.equals("Patient")) {
						patients.add(key);
					}
					Set<String> targets = new LinkedHashSet<>();
					references(resource, targets);
					targets.remove(key);
					refersTo.put(key, targets);
					for (String target : targets) {
						referredBy
								.computeIfAbsent(target, t -> new LinkedHashSet<>())
								.add(key);
					}
				}
			}
		}
		Set<String> chosen = new LinkedHashSet<>();
		for (String patient : patients) {
			if (chosen.size() >= wanted) {
				break;
			}
			Deque<String> todo = new ArrayDeque<>(List.of(patient));
			while (!todo.isEmpty()) {
				String key = todo.pop();
				if (chosen.add(key)) {
					todo.addAll(referredBy.getOrDefault(key, Set.of()));
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		for (String key : chosen) {
			place(key, lines, refersTo, placed, new HashSet<>(), ordered);
		}
		return ordered;
	}

	/** Depth first: what a resource refers to goes before it (a cycle is broken where it is found). */
	private static void place(
			String key,
			Map<String, String> lines,
			Map<String, Set<String>> refersTo,
			Set<String> placed,
			Set<String> visiting,
			List<String> ordered) {
		if (placed.contains(key) || !lines.containsKey(key) || !visiting.add(key)) {
			return;
		}
		for (String target : refersTo.getOrDefault(key, Set.of())) {
			place(target, lines, refersTo, placed, visiting, ordered);
		}
		placed.add(key);
		ordered.add(lines.get(key));
	}

	private static void references(JsonNode node, Set<String> targets) {
		if (node.isObject()) {
			JsonNode reference = node.get("reference");
			if (reference != null && reference.isTextual()) {
				String value = reference.asText().replaceFirst("/_history/.*$", "");
				if (LITERAL.matcher(value).matches()) {
					targets.add(value);
				}
			}
			node.elements().forEachRemaining(child -> references(child, targets));
		} else if (node.isArray()) {
			node.elements().forEachRemaining(child -> references(child, targets));
		}
	}
}
