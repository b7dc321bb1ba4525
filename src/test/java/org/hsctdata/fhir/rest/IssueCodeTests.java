package org.hsctdata.fhir.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.util.OperationOutcomeUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Tests for {@link IssueCode}: the catalogue, the answers built from it, and the pages that list it. */
class IssueCodeTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final Pattern CODE = Pattern.compile("HSCT-\\d{4}");

	@Nested
	class Catalogue {

		@Test
		void everyCodeIsWellFormedAndUnique() {
			List<String> codes =
					Arrays.stream(IssueCode.values()).map(IssueCode::code).toList();

			assertThat(codes).allMatch(code -> CODE.matcher(code).matches()).doesNotHaveDuplicates();
			assertThat(IssueCode.values())
					.allSatisfy(code -> assertThat(code.meaning()).isNotBlank().doesNotContain("\n"));
		}

		@Test
		void aCodeThatDecidesAStatusIsAnErrorAClientReads() {
			assertThat(IssueCode.values())
					.filteredOn(code -> code.status().isPresent())
					.allSatisfy(code -> {
						assertThat(code.severity()).as(code.code()).isEqualTo(IssueSeverity.ERROR);
						assertThat(code.type()).as(code.code()).isPresent();
					});
			assertThat(IssueCode.values())
					.filteredOn(code -> code.severity() == IssueSeverity.WARNING)
					.allSatisfy(
							code -> assertThat(code.status()).as(code.code()).isEmpty());
		}

		@Test
		void aReasonNotToStartNeverReachesAClient() {
			assertThat(IssueCode.values())
					.filteredOn(code -> code.severity() == IssueSeverity.FATAL)
					.isNotEmpty()
					.allSatisfy(code -> {
						assertThat(code.code()).as(code.name()).matches("HSCT-00\\d\\d|HSCT-07\\d\\d");
						assertThat(code.status()).as(code.code()).isEmpty();
						assertThat(code.type()).as(code.code()).isEmpty();
					});
		}

		@Test
		void noCodeIsWrittenOutsideTheCatalogue() throws IOException {
			Path catalogue = Path.of("src/main/java/org/hsctdata/fhir/rest/IssueCode.java");
			Map<Path, Set<String>> written = new TreeMap<>();
			for (Path file : files(Path.of("src/main/java"), Path.of("src/main/resources"))) {
				if (!file.equals(catalogue)) {
					Set<String> codes = codesIn(Files.readString(file));
					if (!codes.isEmpty()) {
						written.put(file, codes);
					}
				}
			}

			assertThat(written)
					.as("HSCT codes written outside IssueCode (use its constants, or {@link IssueCode#...} in javadoc)")
					.isEmpty();
		}

		@Test
		void everyCodeIsRaisedSomewhere() throws IOException {
			Path catalogue = Path.of("src/main/java/org/hsctdata/fhir/rest/IssueCode.java");
			StringBuilder sources = new StringBuilder();
			for (Path file : files(Path.of("src/main/java"))) {
				if (!file.equals(catalogue)) {
					sources.append(Files.readString(file));
				}
			}

			assertThat(IssueCode.values())
					.allSatisfy(code -> assertThat(sources.toString())
							.as("a use of IssueCode." + code.name())
							.containsPattern("\\bIssueCode\\." + code.name() + "\\b"));
		}
	}

	@Nested
	class Answers {

		@Test
		void aRefusalOfSeveralProblemsHasOneIssueEachWithItsLocation() {
			BaseServerResponseException refusal = RequestProblem.refusal(
					IssueCode.SEARCH_REFUSED,
					List.of(
							new RequestProblem("_count", "'-1' is not a valid value of _count"),
							new RequestProblem("", "the request as a whole")));

			assertThat(refusal).isInstanceOf(InvalidRequestException.class);
			assertThat(refusal.getStatusCode()).isEqualTo(400);
			assertThat(refusal.getMessage()).isEqualTo("HSCT-0462: '-1' is not a valid value of _count");
			assertThat(json(refusal.getOperationOutcome()))
					.isEqualTo("{\"resourceType\":\"OperationOutcome\",\"issue\":["
							+ "{\"severity\":\"error\",\"code\":\"invalid\","
							+ "\"diagnostics\":\"HSCT-0462: '-1' is not a valid value of _count\",\"location\":[\"_count\"]},"
							+ "{\"severity\":\"error\",\"code\":\"invalid\","
							+ "\"diagnostics\":\"HSCT-0462: the request as a whole\"}]}");
		}

		/** These were thrown without an OperationOutcome; HAPI made one from the message, as the catalogue does now. */
		@Test
		void aRefusalThatHadNoOutcomeAnswersAsHapiAnsweredIt() {
			for (IssueCode code : EnumSet.of(
					IssueCode.SCOPES_DO_NOT_ALLOW,
					IssueCode.AUDIT_TRAIL_APPEND_ONLY,
					IssueCode.CONDITIONAL_UPDATE_STALE,
					IssueCode.MEDIA_TYPE_UNSUPPORTED)) {
				BaseServerResponseException refusal = code.exception("what is wrong");

				IBaseOperationOutcome hapis = OperationOutcomeUtil.newInstance(FHIR);
				OperationOutcomeUtil.addIssue(FHIR, hapis, "error", refusal.getMessage(), null, "processing");
				assertThat(json(refusal.getOperationOutcome())).as(code.code()).isEqualTo(json(hapis));
				assertThat(refusal.getStatusCode())
						.as(code.code())
						.isEqualTo(code.status().getAsInt());
			}
			assertThat(IssueCode.SCOPES_DO_NOT_ALLOW.exception("no")).isInstanceOf(ForbiddenOperationException.class);
			assertThat(IssueCode.CONDITIONAL_UPDATE_STALE.exception("no"))
					.isInstanceOf(PreconditionFailedException.class);
			assertThat(IssueCode.MEDIA_TYPE_UNSUPPORTED.exception("no").getStatusCode())
					.isEqualTo(415);
		}

		@Test
		void anIssueAtAnElementNamesItAsExpressionAndLocation() {
			OperationOutcome outcome = new OperationOutcome();

			IssueCode.PROFILE_NOT_CLAIMED.addAtElement(outcome, "claim one", "Observation.meta.profile");

			assertThat(json(outcome))
					.isEqualTo(
							"{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
									+ "\"code\":\"processing\",\"diagnostics\":\"HSCT-0200: claim one\","
									+ "\"location\":[\"Observation.meta.profile\"],\"expression\":[\"Observation.meta.profile\"]}]}");
		}

		@Test
		void aBodyTooLargeIsAnsweredBeforeHapiAsBefore() throws Exception {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/fhir/Patient");
			request.setContent(new byte[2000]);
			MockHttpServletResponse response = new MockHttpServletResponse();

			new RequestSizeLimitFilter(1000, FHIR).doFilter(request, response, new MockFilterChain());

			assertThat(response.getStatus()).isEqualTo(413);
			assertThat(response.getContentType()).isEqualTo("application/fhir+json;charset=UTF-8");
			assertThat(response.getHeader("Connection")).isEqualTo("close");
			// the text the filter wrote by hand before the catalogue
			assertThat(response.getContentAsString())
					.isEqualTo("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
							+ "\"code\":\"too-costly\",\"diagnostics\":\"HSCT-0413: the request body has 2000 bytes;"
							+ " this server accepts at most 1000 bytes (hsct.max-request-size)\"}]}");
		}

		@Test
		void whatNeverReachesAClientCannotBeAnsweredWith() {
			assertThatThrownBy(() -> IssueCode.DATABASE_UNREACHABLE.outcome("down"))
					.hasMessageContaining("HSCT-0001");
			assertThatThrownBy(() -> IssueCode.PROFILE_HELD_TO.exception("why")).hasMessageContaining("HSCT-0201");
		}
	}

	/**
	 * The pages a user reads, against the catalogue: the "Bad input" tables (docs/bad-input.md, or wherever a page's
	 * "Bad input" heading is) list every code a client can meet, a refusal with its status in the same row, a warning or an
	 * information issue with its severity; and no page names a code the catalogue does not hold.
	 */
	@Nested
	class Pages {

		@Test
		void theBadInputTablesListEveryCodeAClientMeetsWithItsStatus() throws IOException {
			List<String> rows = badInputSection()
					.lines()
					.filter(line -> line.startsWith("|") && !line.startsWith("|---"))
					.toList();

			assertThat(IssueCode.values())
					.filteredOn(code -> code.status().isPresent()
							&& code.status().getAsInt() >= 400
							&& code.status().getAsInt() < 500)
					.allSatisfy(code -> assertThat(rows)
							.as(
									"a row of the Bad input table with `%s` and %d",
									code.code(), code.status().getAsInt())
							.anyMatch(row -> row.contains("`" + code.code() + "`")
									&& Pattern.compile("\\b" + code.status().getAsInt() + "\\b")
											.matcher(row)
											.find()));
			assertThat(IssueCode.values())
					.filteredOn(code -> code.status().isEmpty() && code.type().isPresent())
					.allSatisfy(code -> assertThat(rows)
							.as(
									"a row with `%s` and %s",
									code.code(), code.severity().toCode())
							.anyMatch(row -> row.contains("`" + code.code() + "`")
									&& row.contains(code.severity().toCode())));
		}

		@Test
		void everyCodeThePagesNameIsInTheCatalogue() throws IOException {
			Set<String> catalogue =
					Arrays.stream(IssueCode.values()).map(IssueCode::code).collect(Collectors.toSet());
			Map<Path, Set<String>> unknown = new TreeMap<>();
			for (Path page : pages()) {
				Set<String> named = codesIn(Files.readString(page));
				named.removeAll(catalogue);
				if (!named.isEmpty()) {
					unknown.put(page, named);
				}
			}

			assertThat(unknown)
					.as("codes the pages name that IssueCode does not hold")
					.isEmpty();
		}

		/** From its heading to the next heading of the same level or above. */
		private static String badInputSection() throws IOException {
			Pattern heading = Pattern.compile("(?m)^(#+) Bad input\\s*$");
			for (Path page : pages()) {
				String text = Files.readString(page);
				Matcher start = heading.matcher(text);
				if (start.find()) {
					Matcher end = Pattern.compile("(?m)^#{1," + start.group(1).length() + "} ")
							.matcher(text);
					return text.substring(start.end(), end.find(start.end()) ? end.start() : text.length());
				}
			}
			throw new AssertionError("no 'Bad input' section in README.md or docs/*.md");
		}

		/** README.md, the pages under docs/ and CHANGELOG.md if there are any, and the guide's README and FSH. */
		private static List<Path> pages() throws IOException {
			List<Path> pages = new ArrayList<>();
			for (Path page :
					List.of(Path.of("README.md"), Path.of("CHANGELOG.md"), Path.of("fhir-profiles/README.md"))) {
				if (Files.isRegularFile(page)) {
					pages.add(page);
				}
			}
			for (Path file : files(Path.of("docs"), Path.of("fhir-profiles/input/fsh"))) {
				if (file.toString().endsWith(".md") || file.toString().endsWith(".fsh")) {
					pages.add(file);
				}
			}
			return pages;
		}
	}

	private static Set<String> codesIn(String text) {
		Set<String> codes = new TreeSet<>();
		Matcher code = CODE.matcher(text);
		while (code.find()) {
			codes.add(code.group());
		}
		return codes;
	}

	/** The regular files under the folders that exist, outside node_modules. */
	private static List<Path> files(Path... folders) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : folders) {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> walk = Files.walk(folder)) {
					walk.filter(Files::isRegularFile)
							.filter(file -> !file.toString().contains("node_modules"))
							.sorted()
							.forEach(files::add);
				}
			}
		}
		return files;
	}

	private static String json(IBaseOperationOutcome outcome) {
		return FHIR.newJsonParser().encodeResourceToString(outcome);
	}
}
