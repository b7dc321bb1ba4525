package org.hsctdata.fhir.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Synthetic transplant patients for the benchmark, derived from the shipped example case
 * ({@code examples/ball-hsct-transaction-bundle.json}): copy {@code n} gets new identifiers and example tags (so its
 * conditional creates create instead of matching the case or another copy), new {@code urn:uuid} full URLs with every reference
 * rewritten to them, and every date, date-time and instant moved {@code n × 13} days earlier. A date keeps its
 * precision ({@code 2018-12} stays a month), so intervals in days between full dates (transplant day, D+n) are
 * unchanged and every copy meets the profiles as the case does. Narratives are the case's own text.
 */
public final class TransplantCopies {

	public static final Path EXAMPLE = Path.of("examples", "ball-hsct-transaction-bundle.json");

	/** The system of the identifier every example resource carries (values {@code ball-hsct-case-<slug>}). */
	static final String IDENTIFIER_SYSTEM = "https://fhir.hsctdata.org/ig/ball-hsct/example-id";

	static final String CASE_PREFIX = "ball-hsct-case-";

	static final int DAYS_PER_COPY = 13;

	private final FhirContext fhirContext;

	private final String exampleJson;

	public TransplantCopies(FhirContext fhirContext, Path example) {
		this.fhirContext = fhirContext;
		try {
			this.exampleJson = Files.readString(example, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The identifier prefix of copy {@code number}, in place of {@code ball-hsct-case-}. */
	public static String prefix(int number) {
		return "ball-hsct-synthetic-" + number + "-";
	}

	/** The shift of copy {@code number}'s dates, in days (negative: earlier). */
	public static int shiftDays(int number) {
		return -DAYS_PER_COPY * number;
	}

	/** Copy {@code number} (1, 2, ...) of the example case, as a transaction bundle. */
	public Bundle copy(int number) {
		if (number < 1) {
			throw new IllegalArgumentException("copies are numbered from 1, not " + number);
		}
		Bundle bundle = fhirContext.newJsonParser().parseResource(Bundle.class, exampleJson);
		FhirTerser terser = fhirContext.newTerser();
		String prefix = prefix(number);
		Map<String, String> fullUrls = new HashMap<>();

		renameIdentifier(bundle.getIdentifier(), prefix);
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			String fullUrl = "urn:uuid:"
					+ UUID.nameUUIDFromBytes((number + "|" + entry.getFullUrl()).getBytes(StandardCharsets.UTF_8));
			fullUrls.put(entry.getFullUrl(), fullUrl);
			entry.setFullUrl(fullUrl);
			terser.getAllPopulatedChildElementsOfType(entry.getResource(), Identifier.class)
					.forEach(identifier -> renameIdentifier(identifier, prefix));
			// AdverseEvent and BiologicallyDerivedProduct have no identifier search parameter: their conditional
			// creates match a meta.tag with the same system and value
			entry.getResource().getMeta().getTag().stream()
					.filter(tag -> IDENTIFIER_SYSTEM.equals(tag.getSystem())
							&& tag.getCode().startsWith(CASE_PREFIX))
					.forEach(tag -> tag.setCode(prefix + tag.getCode().substring(CASE_PREFIX.length())));
			terser.getAllPopulatedChildElementsOfType(entry.getResource(), BaseDateTimeType.class)
					.forEach(date -> date.add(Calendar.DATE, shiftDays(number)));
			Bundle.BundleEntryRequestComponent request = entry.getRequest();
			if (request.hasIfNoneExist()) {
				request.setIfNoneExist(request.getIfNoneExist().replace("|" + CASE_PREFIX, "|" + prefix));
			}
		}
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			for (Reference reference :
					terser.getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class)) {
				String target = fullUrls.get(reference.getReference());
				if (target != null) {
					reference.setReference(target);
				}
			}
		}
		return bundle;
	}

	/** Writes copies {@code first .. first + count - 1} as JSON files into {@code dir}; returns their paths. */
	public List<Path> write(Path dir, int first, int count) throws IOException {
		Files.createDirectories(dir);
		List<Path> files = new ArrayList<>();
		for (int number = first; number < first + count; number++) {
			Path file = dir.resolve(String.format("transplant-%04d.json", number));
			Files.writeString(file, fhirContext.newJsonParser().encodeResourceToString(copy(number)));
			files.add(file);
		}
		return files;
	}

	private static void renameIdentifier(Identifier identifier, String prefix) {
		if (IDENTIFIER_SYSTEM.equals(identifier.getSystem())
				&& identifier.hasValue()
				&& identifier.getValue().startsWith(CASE_PREFIX)) {
			identifier.setValue(prefix + identifier.getValue().substring(CASE_PREFIX.length()));
		}
	}
}
