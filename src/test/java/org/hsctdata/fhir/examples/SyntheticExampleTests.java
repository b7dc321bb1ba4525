package org.hsctdata.fhir.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hsctdata.fhir.support.PackageValidator.errors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.PackageValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules every example bundle in {@code examples/} meets: the published case and the synthetic patients alike. Each
 * is a transaction of conditional creates whose {@code urn:uuid:} fullUrls are derived from the example identifier;
 * every entry of a type our profiles cover claims one of them (or FHIR's core body weight profile), an entry of
 * another type (a registry, a cord blood bank) claims none; every entry has a narrative and validates without errors;
 * every reference has a target that resolves inside its bundle (a {@code #id} reference: inside its resource's
 * contained resources), none is a display only; days after transplant agree with day 0; a synthetic patient says so;
 * and no two bundles share an identifier. Absolute doses and conditioning intensities are checked with the server's
 * own rules, by the {@code validate} command over every bundle ({@code ValidateCommandTests}).
 */
class SyntheticExampleTests {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final Path EXAMPLES = Path.of("examples");

	static final String SYNTHETIC = "Synthetic patient written for this guide; not a real person";

	static final String ABSOLUTE_DOSE = Canonicals.structureDefinition("absolute-dose");

	static final Set<String> TAGGED = Set.of("AdverseEvent", "BiologicallyDerivedProduct");

	/**
	 * The one profile from outside the guide an entry may claim: FHIR R4's core body weight profile, for the weight
	 * that per-kg doses are computed from (the guide has a body surface area profile but no body weight profile).
	 */
	static final String CORE_BODY_WEIGHT = "http://hl7.org/fhir/StructureDefinition/bodyweight";

	/** Every bundle in {@code examples/}, the published case included. */
	static List<Path> files() {
		return ExampleBundle.files();
	}

	static Bundle read(Path file) {
		try {
			return FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Stream<Path> bundles() {
		return files().stream();
	}

	static Stream<Arguments> entries() {
		return files().stream()
				.flatMap(file -> read(file).getEntry().stream()
						.map(entry -> Arguments.of(file.getFileName().toString(), identifier(entry.getResource()))));
	}

	@Test
	void examplesHoldThePublishedCaseAndTheSyntheticPatients() {
		assertThat(files())
				.extracting(file -> file.getFileName().toString())
				.contains(ExampleBundle.PATH.getFileName().toString())
				.filteredOn(name -> name.startsWith("synthetic-"))
				.hasSizeGreaterThanOrEqualTo(3);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bundles")
	void isATransactionOfConditionalCreatesWithFullUrlsDerivedFromTheIdentifier(Path file) {
		Bundle bundle = read(file);

		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
		assertThat(bundle.getEntry()).isNotEmpty().allSatisfy(entry -> {
			Resource resource = entry.getResource();
			String identifier = identifier(resource);
			String search = (TAGGED.contains(resource.fhirType()) ? "_tag=" : "identifier=")
					+ ExampleBundle.IDENTIFIER_SYSTEM + "|" + identifier;
			assertThat(entry.getFullUrl()).as(identifier).isEqualTo("urn:uuid:" + uuid5(identifier));
			assertThat(entry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
			assertThat(entry.getRequest().getUrl()).isEqualTo(resource.fhirType());
			assertThat(entry.getRequest().getIfNoneExist()).isEqualTo(search);
			if (TAGGED.contains(resource.fhirType())) {
				assertThat(resource.getMeta().getTag(ExampleBundle.IDENTIFIER_SYSTEM, identifier))
						.as(identifier + " carries its identifier as a tag")
						.isNotNull();
			}
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bundles")
	void everyEntryClaimsAPublishedProfileAndHasANarrative(Path file) {
		List<StructureDefinition> ours = ImplementationGuide.fromClasspath().resources(FHIR).stream()
				.filter(StructureDefinition.class::isInstance)
				.map(StructureDefinition.class::cast)
				.toList();
		Set<String> profiles =
				ours.stream().map(StructureDefinition::getUrl).collect(Collectors.toCollection(HashSet::new));
		profiles.add(CORE_BODY_WEIGHT);
		Set<String> coveredTypes =
				ours.stream().map(StructureDefinition::getType).collect(Collectors.toSet());

		assertThat(read(file).getEntry()).allSatisfy(entry -> {
			Resource resource = entry.getResource();
			if (coveredTypes.contains(resource.fhirType())) {
				assertThat(resource.getMeta().getProfile())
						.as(identifier(resource))
						.singleElement()
						.satisfies(profile -> assertThat(profiles).contains(profile.getValue()));
			} else { // a registry or a cord blood bank: a type the guide has no profile for
				assertThat(resource.getMeta().getProfile())
						.as(identifier(resource))
						.isEmpty();
			}
			assertThat(((DomainResource) resource).getText().getDiv().allText())
					.as(identifier(resource))
					.isNotBlank();
		});
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("entries")
	void everyEntryValidatesWithoutErrors(String file, String identifier) {
		Resource resource = read(EXAMPLES.resolve(file)).getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(candidate -> identifier(candidate).equals(identifier))
				.findFirst()
				.orElseThrow();

		ValidationResult result = PackageValidator.validate(resource);

		assertThat(errors(result))
				.as(() -> errors(result).stream()
						.map(issue -> issue.getLocationString() + ": " + issue.getMessage())
						.collect(Collectors.joining("\n")))
				.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bundles")
	void everyReferenceResolvesInsideTheBundle(Path file) {
		Bundle bundle = read(file);
		Set<String> fullUrls = bundle.getEntry().stream()
				.map(Bundle.BundleEntryComponent::getFullUrl)
				.collect(Collectors.toSet());
		FhirTerser terser = FHIR.newTerser();

		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			DomainResource resource = (DomainResource) entry.getResource();
			Set<String> contained = resource.getContained().stream()
					.map(inner -> "#" + inner.getIdElement().getIdPart())
					.collect(Collectors.toSet());
			List<Reference> references = terser.getAllPopulatedChildElementsOfType(resource, Reference.class);

			assertThat(references).as(identifier(resource)).allSatisfy(reference -> {
				assertThat(reference.getReference())
						.as("%s: every reference has a target, not a display only", identifier(resource))
						.isNotBlank();
				if (reference.getReference().startsWith("#")) {
					assertThat(contained).as(identifier(resource)).contains(reference.getReference());
				} else {
					assertThat(fullUrls).as(identifier(resource)).contains(reference.getReference());
				}
			});
		}
		assertThat(bundle.getEntry().stream()
						.flatMap(entry ->
								terser
										.getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class)
										.stream()))
				.isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bundles")
	void daysAfterTransplantAgreeWithTheTransplantDate(Path file) {
		Map<String, Resource> byFullUrl = byFullUrl(read(file));

		for (Resource resource : byFullUrl.values()) {
			if (!(resource instanceof Observation observation)) {
				continue;
			}
			for (Observation.ObservationComponentComponent component : observation.getComponent()) {
				if (!component.getCode().hasCoding(Canonicals.LOCAL_CODE_SYSTEM, "day-post-hsct")) {
					continue;
				}
				Procedure transplant = (Procedure)
						byFullUrl.get(observation.getPartOfFirstRep().getReference());
				int day = ((IntegerType) component.getValue()).getValue();
				assertThat(date(observation.getEffectiveDateTimeType()))
						.as("%s: day +%d", identifier(observation), day)
						.isEqualTo(date(transplant.getPerformedDateTimeType()).plusDays(day));
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bundles")
	void aSyntheticPatientSaysSoAndIsYoungerThanEveryEventOfTheCase(Path file) {
		List<Patient> patients = read(file).getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(Patient.class::isInstance)
				.map(Patient.class::cast)
				.toList();

		assertThat(patients).hasSize(1);
		Patient patient = patients.get(0);
		if (file.getFileName().equals(ExampleBundle.PATH.getFileName())) {
			assertThat(patient.getText().getDiv().allText()).doesNotContain(SYNTHETIC);
			return;
		}
		assertThat(file.getFileName().toString()).startsWith("synthetic-");
		assertThat(patient.getText().getDiv().allText()).contains(SYNTHETIC);
		assertThat(patient.getBirthDate())
				.as("a synthetic patient has a birth date")
				.isNotNull();
		String birthDate = patient.getBirthDateElement().getValueAsString();
		FhirTerser terser = FHIR.newTerser();
		List<String> dates = read(file).getEntry().stream()
				.flatMap(entry ->
						terser.getAllPopulatedChildElementsOfType(entry.getResource(), BaseDateTimeType.class).stream())
				.map(BaseDateTimeType::getValueAsString)
				.toList();
		assertThat(dates)
				.isNotEmpty()
				.allSatisfy(date -> assertThat(date.compareTo(birthDate))
						.as("%s is not before the birth date %s", date, birthDate)
						.isGreaterThanOrEqualTo(0));
	}

	@Test
	void noIdentifierIsSharedBetweenBundles() {
		Map<String, String> owner = new HashMap<>();
		List<String> shared = new ArrayList<>();
		for (Path file : files()) {
			Bundle bundle = read(file);
			List<String> identifiers = new ArrayList<>();
			identifiers.add(bundle.getIdentifier().getValue());
			bundle.getEntry().forEach(entry -> identifiers.add(identifier(entry.getResource())));
			for (String identifier : identifiers) {
				String previous = owner.putIfAbsent(identifier, file.toString());
				if (previous != null) {
					shared.add(identifier + " in " + previous + " and " + file);
				}
			}
		}

		assertThat(owner).hasSizeGreaterThan(100);
		assertThat(shared).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bundles")
	void syntheticIdentifiersNameTheirPatient(Path file) {
		Bundle bundle = read(file);
		String name = file.getFileName().toString();
		if (!name.startsWith("synthetic-")) {
			return;
		}
		String prefix = bundle.getIdentifier().getValue().replaceFirst("bundle$", "");

		assertThat(prefix).matches("synthetic-\\d+-");
		assertThat(bundle.getEntry())
				.extracting(entry -> identifier(entry.getResource()))
				.allSatisfy(identifier -> assertThat(identifier).startsWith(prefix));
	}

	static Map<String, Resource> byFullUrl(Bundle bundle) {
		Map<String, Resource> resources = new HashMap<>();
		bundle.getEntry().forEach(entry -> resources.put(entry.getFullUrl(), entry.getResource()));
		return resources;
	}

	/** The value of a resource's example identifier. */
	static String identifier(Resource resource) {
		Property property = resource.getNamedProperty("identifier");
		return property.getValues().stream()
				.map(Identifier.class::cast)
				.filter(id -> ExampleBundle.IDENTIFIER_SYSTEM.equals(id.getSystem()))
				.map(Identifier::getValue)
				.findFirst()
				.orElseThrow(() -> new AssertionError(resource.fhirType() + " has no example identifier"));
	}

	/** The name-based UUID (version 5, SHA-1, RFC 4122 URL namespace) of {@code system|value}. */
	static UUID uuid5(String value) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(uuidBytes(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8")));
			byte[] hash = sha1.digest((ExampleBundle.IDENTIFIER_SYSTEM + "|" + value).getBytes(StandardCharsets.UTF_8));
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
			long msb = 0;
			long lsb = 0;
			for (int i = 0; i < 8; i++) {
				msb = (msb << 8) | (hash[i] & 0xff);
				lsb = (lsb << 8) | (hash[i + 8] & 0xff);
			}
			return new UUID(msb, lsb);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static byte[] uuidBytes(UUID uuid) {
		byte[] bytes = new byte[16];
		for (int i = 0; i < 8; i++) {
			bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (8 * (7 - i)));
			bytes[i + 8] = (byte) (uuid.getLeastSignificantBits() >>> (8 * (7 - i)));
		}
		return bytes;
	}

	static LocalDate date(BaseDateTimeType dateTime) {
		return LocalDate.parse(dateTime.getValueAsString().substring(0, 10));
	}
}
