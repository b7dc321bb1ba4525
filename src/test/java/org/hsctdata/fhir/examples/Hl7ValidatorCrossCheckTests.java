package org.hsctdata.fhir.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.Manager;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.CanonicalType;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.utils.validation.IResourceValidator;
import org.hl7.fhir.r5.utils.validation.IValidatorResourceFetcher;
import org.hl7.fhir.r5.utils.validation.constants.ReferenceValidationPolicy;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.hl7.fhir.utilities.http.ManagedWebAccess.WebAccessPolicy;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.utilities.validation.ValidationMessage.IssueSeverity;
import org.hl7.fhir.validation.ValidationEngine;
import org.hl7.fhir.validation.instance.advisor.BasePolicyAdvisorForFullValidation;
import org.hsctdata.fhir.support.ExampleBundle;
import org.hsctdata.fhir.support.Hl7Validators;
import org.hsctdata.fhir.support.ListedIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests for the example bundles in {@code examples/} in the independent HL7 validator library
 * ({@link ValidationEngine}, the core that HAPI wraps), as a cross-check of the HAPI validation chain.
 *
 * <p>Every entry is validated on its own against the profile in its {@code meta.profile}, and every bundle is
 * validated whole, as a receiver would check it: then the validator follows each reference inside the bundle and
 * checks its target against the reference's target profiles, so one entry outside the guide would fail every entry
 * that points at it. Both passes run fully offline ({@link Hl7Validators#offlineEngine()}), and web access is {@link
 * WebAccessPolicy#PROHIBITED prohibited} while they run. The engine is built once per JVM.
 *
 * <p>In the entry pass, {@code urn:uuid:} references are resolved to the other entries of the bundle, so they are
 * checked to exist and to point at a resource of an allowed type.
 *
 * <p>An entry or a bundle passes when each of its error, fatal and warning issues matches a reviewed row, by severity
 * and message fragment: errors in {@code examples/hl7-validator-accepted-issues.csv}, warnings in
 * {@code examples/hl7-validator-warnings.csv}, each with its reason. Information issues are ignored. A row that no
 * longer matches anything fails too, so the lists stay minimal. No row accepts an issue of a reference's target, so
 * the whole-bundle pass has no cascades.
 */
class Hl7ValidatorCrossCheckTests {

	static final String ACCEPTED_ISSUES = "/examples/hl7-validator-accepted-issues.csv";
	static final String WARNINGS = "/examples/hl7-validator-warnings.csv";

	private static final Set<IssueSeverity> CHECKED =
			Set.of(IssueSeverity.FATAL, IssueSeverity.ERROR, IssueSeverity.WARNING);
	private static final Map<String, List<ValidationMessage>> ISSUES = new ConcurrentHashMap<>();
	private static ValidationEngine engine;

	/** One entry of an example bundle, named by its resource type and identifier. */
	record Entry(String fullUrl, String resourceType, String identifier, List<String> profiles, byte[] json) {
		@Override
		public String toString() {
			return resourceType + " " + identifier;
		}
	}

	/** One example bundle file. */
	record ExampleFile(Path file, byte[] json) {
		@Override
		public String toString() {
			return file.getFileName().toString();
		}
	}

	static List<Entry> entries() {
		return Examples.ENTRIES;
	}

	static List<ExampleFile> bundles() {
		return Examples.BUNDLES;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bundles")
	void everyBundleValidatesWholeWithoutCascades(ExampleFile bundle) {
		assertEveryIssueListed(wholeBundleIssues(bundle), "the whole bundle " + bundle);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("entries")
	void everyEntryValidatesInTheHl7Validator(Entry entry) {
		assertEveryIssueListed(issues(entry), entry + " (" + entry.fullUrl() + ") against " + entry.profiles());
	}

	/** Every issue matches a reviewed row of the two lists. */
	static void assertEveryIssueListed(List<ValidationMessage> issues, String what) {
		List<ListedIssue> listed = listedIssues();
		List<String> unexpected = issues.stream()
				.filter(issue -> listed.stream().noneMatch(row -> row.matches(issue)))
				.map(Hl7ValidatorCrossCheckTests::describe)
				.toList();

		assertThat(unexpected)
				.as(
						"issues of %s that no row of %s or %s lists:%n%s",
						what, ACCEPTED_ISSUES, WARNINGS, String.join("\n", unexpected))
				.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("entries")
	void everyEntryClaimsAtMostOneProfileAndTheHl7ValidatorKnowsIt(Entry entry) {
		// an entry of a type the guide has no profile for (an Organization) claims none: it is checked against R4
		assertThat(entry.profiles()).hasSizeLessThanOrEqualTo(1);
		entry.profiles()
				.forEach(profile -> assertThat(engine().getContext().fetchResource(StructureDefinition.class, profile))
						.as("profile %s in the HL7 validator", profile)
						.isNotNull());
	}

	@Test
	void everyListedIssueStillOccurs() {
		List<ValidationMessage> all = new ArrayList<>();
		entries().forEach(entry -> all.addAll(issues(entry)));
		bundles().forEach(bundle -> all.addAll(wholeBundleIssues(bundle)));

		assertThat(listedIssues())
				.as("rows that match no issue any more: delete them")
				.allSatisfy(row -> assertThat(all).as(row.toString()).anyMatch(row::matches));
	}

	@Test
	void listsHoldOnlyWarningsAndErrorsWithAReason() {
		assertThat(listedIssues()).allSatisfy(row -> {
			assertThat(row.severity()).isEqualTo(row.file().equals(WARNINGS) ? "warning" : "error");
			assertThat(row.fragment()).as(row.toString()).isNotBlank();
			assertThat(row.reason()).as(row.toString()).isNotBlank();
		});
	}

	/** The error, fatal and warning issues of an entry, validated once per JVM. */
	static List<ValidationMessage> issues(Entry entry) {
		return ISSUES.computeIfAbsent(entry.fullUrl(), fullUrl -> validate(entry, entry.json(), entry.profiles()));
	}

	/** The error, fatal and warning issues of a whole bundle, validated once per JVM. */
	static List<ValidationMessage> wholeBundleIssues(ExampleFile bundle) {
		return ISSUES.computeIfAbsent(bundle.file().toString(), file -> validate(bundle, bundle.json(), List.of()));
	}

	private static List<ValidationMessage> validate(Object what, byte[] json, List<String> profiles) {
		ValidationEngine hl7 = engine();
		WebAccessPolicy policy = ManagedWebAccess.getAccessPolicy();
		ManagedWebAccess.setAccessPolicy(WebAccessPolicy.PROHIBITED);
		try {
			List<ValidationMessage> messages = new ArrayList<>();
			hl7.validate(json, FhirFormat.JSON, profiles, messages);
			return messages.stream()
					.filter(message -> CHECKED.contains(message.getLevel()))
					.toList();
		} catch (Exception e) {
			throw new IllegalStateException("HL7 validator failed on " + what + ": " + e.getMessage(), e);
		} finally {
			ManagedWebAccess.setAccessPolicy(policy);
		}
	}

	static String describe(ValidationMessage issue) {
		return "  " + issue.getLevel().toCode() + " at " + issue.getLocation() + ": " + issue.getMessage();
	}

	static synchronized ValidationEngine engine() {
		if (engine == null) {
			engine = newEngine();
		}
		return engine;
	}

	private static ValidationEngine newEngine() {
		ValidationEngine hl7 = Hl7Validators.offlineEngine();
		hl7.setFetcher(new BundleEntryFetcher(hl7));
		hl7.setPolicyAdvisor(
				new BasePolicyAdvisorForFullValidation(ReferenceValidationPolicy.CHECK_EXISTS_AND_TYPE, Set.of()));
		return hl7;
	}

	/** The reviewed rows of both lists. */
	static List<ListedIssue> listedIssues() {
		return ListedIssue.read(ACCEPTED_ISSUES, WARNINGS);
	}

	/** The example bundles and their entries, read once. */
	private static final class Examples {
		static final Map<String, byte[]> BY_FULL_URL = new LinkedHashMap<>();
		static final List<ExampleFile> BUNDLES = new ArrayList<>();
		static final List<Entry> ENTRIES = read();

		private static List<Entry> read() {
			ObjectMapper json = new ObjectMapper();
			List<Entry> entries = new ArrayList<>();
			for (Path file : ExampleBundle.files()) {
				try {
					BUNDLES.add(new ExampleFile(file, Files.readAllBytes(file)));
					for (JsonNode entry : json.readTree(file.toFile()).path("entry")) {
						JsonNode resource = entry.path("resource");
						byte[] bytes = json.writeValueAsBytes(resource);
						List<String> profiles = new ArrayList<>();
						resource.path("meta").path("profile").forEach(profile -> profiles.add(profile.asText()));
						// identifier is a list, except in AdverseEvent, where R4 allows one
						JsonNode identifier = resource.path("identifier");
						JsonNode first = identifier.isArray() ? identifier.path(0) : identifier;
						String fullUrl = entry.path("fullUrl").asText();
						BY_FULL_URL.put(fullUrl, bytes);
						entries.add(new Entry(
								fullUrl,
								resource.path("resourceType").asText(),
								first.path("value").asText(fullUrl),
								List.copyOf(profiles),
								bytes));
					}
				} catch (IOException e) {
					throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
				}
			}
			return List.copyOf(entries);
		}
	}

	/**
	 * Resolves the {@code urn:uuid:} full URLs of the bundles to their entries; knows nothing else. The engine asks it
	 * only after its own packages, so it never shadows a canonical resource.
	 */
	private record BundleEntryFetcher(ValidationEngine hl7) implements IValidatorResourceFetcher {

		@Override
		public Element fetch(IResourceValidator validator, Object appContext, String url) throws IOException {
			byte[] resource = Examples.BY_FULL_URL.get(url);
			return resource == null
					? null
					: Manager.parseSingle(hl7.getContext(), new ByteArrayInputStream(resource), FhirFormat.JSON);
		}

		@Override
		public boolean resolveURL(
				IResourceValidator validator,
				Object appContext,
				String path,
				String url,
				String type,
				boolean canonical,
				List<CanonicalType> targets) {
			return Examples.BY_FULL_URL.containsKey(url);
		}

		@Override
		public byte[] fetchRaw(IResourceValidator validator, String url) {
			return null;
		}

		@Override
		public IValidatorResourceFetcher setLocale(Locale locale) {
			return this;
		}

		@Override
		public CanonicalResource fetchCanonicalResource(IResourceValidator validator, Object appContext, String url) {
			return null;
		}

		@Override
		public boolean fetchesCanonicalResource(IResourceValidator validator, String url) {
			return false;
		}

		@Override
		public Set<ResourceVersionInformation> fetchCanonicalResourceVersions(
				IResourceValidator validator, Object appContext, String url) {
			return Set.of();
		}
	}
}
