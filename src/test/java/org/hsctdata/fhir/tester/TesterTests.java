package org.hsctdata.fhir.tester;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The tester's parts that need no server: search values, the test-case file, the report, the arguments. */
class TesterTests {

	@Test
	void aSearchValueIsWhatTheParameterTypeSearchesBy() {
		CodeableConcept code = new CodeableConcept();
		code.addCoding().setSystem("http://snomed.info/sct"); // no code: skipped
		code.addCoding().setSystem("http://loinc.org").setCode("26474-7");

		assertThat(SearchValues.of(code, "token")).hasValue("http://loinc.org|26474-7");
		assertThat(SearchValues.of(new Identifier().setSystem("urn:s").setValue("v"), "token"))
				.hasValue("urn:s|v");
		assertThat(SearchValues.of(new Reference("Patient/p1/_history/3"), "reference"))
				.hasValue("Patient/p1");
		assertThat(SearchValues.of(new Reference("#contained"), "reference")).isEmpty();
		assertThat(SearchValues.of(new DateTimeType("2018-12-22T10:00:00+02:00"), "date"))
				.hasValue("2018-12-22T10:00:00+02:00");
		assertThat(SearchValues.of(new Period().setStartElement(new DateTimeType("2019-01-02")), "date"))
				.hasValue("2019-01-02");
		assertThat(SearchValues.of(new HumanName().addGiven("Ann").setFamily("Lee"), "string"))
				.hasValue("Lee");
		assertThat(SearchValues.of(new Address().setCity("Kyiv"), "string")).hasValue("Kyiv");
		assertThat(SearchValues.of(
						new Quantity()
								.setValue(new BigDecimal("0.7"))
								.setSystem("http://unitsofmeasure.org")
								.setCode("10*9/L"),
						"quantity"))
				.hasValue("0.7|http://unitsofmeasure.org|10*9/L");
		assertThat(SearchValues.of(new StringType(" "), "string")).isEmpty();
		assertThat(SearchValues.of(code, "composite")).isEmpty();
	}

	@Test
	void aLocationIsReadAsTypeAndId() {
		assertThat(FhirHttp.reference("http://127.0.0.1:8080/fhir/Patient/p1/_history/2"))
				.isEqualTo("Patient/p1");
		assertThat(FhirHttp.reference("Observation/0a1b-2c/_history/1")).isEqualTo("Observation/0a1b-2c");
		assertThat(FhirHttp.reference("Specimen/7")).isEqualTo("Specimen/7");
	}

	@Test
	void aTestCaseFileListedOncePerIssueIsOneCaseWithItsIssues() throws Exception {
		String control = """
				{"profiles": [{"url": "https://example.org/StructureDefinition/p", "tests": [
				{"source": "p/p1-pass.json", "description": "conforms", "valid": true},
				{"source": "p/f1-x.json", "valid": false, "outcome": {"resourceType": "OperationOutcome", "issue": [
					{"severity": "error", "expression": ["$fragments:Observation.code$"],
					"details": {"text": "$fragments:minimum required = 1$"}}]}},
				{"source": "p/f1-x.json", "valid": false, "outcome": {"resourceType": "OperationOutcome", "issue": [
					{"severity": "error", "expression": ["$fragments:Observation$"],
					"details": {"text": "$fragments:ball-hsct-7$"}}]}}]}]}""";

		List<TestCases.TestCase> cases = TestCases.read(new ObjectMapper().readTree(control));

		assertThat(cases).extracting(TestCases.TestCase::source).containsExactly("p/p1-pass.json", "p/f1-x.json");
		assertThat(cases.get(0).valid()).isTrue();
		assertThat(cases.get(0).issues()).isEmpty();
		assertThat(cases.get(1).valid()).isFalse();
		assertThat(cases.get(1).profile()).isEqualTo("https://example.org/StructureDefinition/p");
		assertThat(cases.get(1).issues())
				.containsExactly(
						new TestCases.ExpectedIssue("error", "Observation.code", "minimum required = 1"),
						new TestCases.ExpectedIssue("error", "Observation", "ball-hsct-7"));
	}

	@Test
	void theReportFailsOnAFailureOnlyAndItsJunitXmlIsWellFormed() throws Exception {
		List<Check> checks = List.of(
				Check.pass(ServerTester.CAPABILITY, "Patient: read (SHALL)"),
				Check.notMet(ServerTester.CAPABILITY, "Patient: $summary (SHOULD)", Expectation.SHOULD, "not declared"),
				Check.skip(ServerTester.SEARCH, "Procedure?x (SHALL)", "no value"),
				Check.fail(ServerTester.ENFORCEMENT, "f1 <is> \"refused\" & (SHALL)", "stored (201) \u0001"));
		Report report = new Report("http://127.0.0.1:1/fhir", "kit#1", checks);
		ByteArrayOutputStream text = new ByteArrayOutputStream();

		report.print(new PrintStream(text, true, StandardCharsets.UTF_8));

		assertThat(report.passed()).isFalse();
		assertThat(new Report("b", "k", checks.subList(0, 3)).passed()).isTrue();
		assertThat(text.toString(StandardCharsets.UTF_8))
				.contains("WARN Patient: $summary (SHOULD)", "4 checks: 1 passed, 1 failed, 1 warnings", "FAIL");
		Document xml = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new InputSource(new StringReader(report.junitXml())));
		assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("4");
		assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
		assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
		assertThat(xml.getElementsByTagName("failure")
						.item(0)
						.getAttributes()
						.getNamedItem("message")
						.getNodeValue())
				.isEqualTo("stored (201)  ");
	}

	@Test
	void aServerThatDoesNotAnswerExitsWithTwo() throws Exception {
		int port;
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = closed.getLocalPort(); // nothing listens there once it is closed
		}
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = TestServerCommand.run(
				List.of("http://127.0.0.1:" + port + "/fhir"),
				System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("did not answer");
	}

	@Test
	void badArgumentsExitWithTwoAndTheUsage() {
		for (List<String> arguments : List.of(
				List.<String>of(),
				List.of("ftp://example.org/fhir"),
				List.of("not a url"),
				List.of("--unknown", "http://127.0.0.1:1/fhir"),
				List.of("http://127.0.0.1:1/fhir", "http://127.0.0.1:2/fhir"))) {
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int exit = TestServerCommand.run(arguments, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
			assertThat(exit).as(arguments.toString()).isEqualTo(2);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains(TestServerCommand.USAGE);
		}
	}
}
