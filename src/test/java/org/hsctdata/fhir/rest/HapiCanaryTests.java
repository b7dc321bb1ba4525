package org.hsctdata.fhir.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hsctdata.fhir.rest.RequestPipeline.CLIENT_ERRORS;
import static org.hsctdata.fhir.rest.RequestPipeline.JSON_TYPES;
import static org.hsctdata.fhir.rest.RequestPipeline.PATCH_DOCUMENT;
import static org.hsctdata.fhir.rest.RequestPipeline.REQUEST_FORM;
import static org.hsctdata.fhir.rest.RequestPipeline.STALE_TEXT;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.patch.FhirPatch;
import ca.uhn.fhir.jpa.patch.JsonPatchUtils;
import ca.uhn.fhir.jpa.validation.FhirContextValidationSupportSvc;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.method.ResourceParameter;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.validation.ValidationContext;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.hsctdata.fhir.rest.HapiWorkarounds.Canary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The canaries that HAPI's classes answer without a server: each asserts that HAPI 8.8.0 still behaves in the way a
 * step of the pipeline corrects, and fails, saying what to delete, once an upgrade no longer does. The others boot
 * the server ({@code HapiCanariesIT}).
 */
class HapiCanaryTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	/** The server's parser: it refuses unknown elements and malformed values (FhirServerConfig). */
	private static final IParser PARSER = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler());

	@Canary(JSON_TYPES)
	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = {
				"{\"resourceType\":\"Patient\",\"active\":\"true\"}",
				"{\"resourceType\":\"Patient\",\"multipleBirthInteger\":\"2\"}",
				"{\"resourceType\":\"Patient\",\"name\":[{\"family\":1}]}",
				"{\"resourceType\":\"Patient\",\"name\":[{\"given\":\"Ann\"}]}",
				"{\"resourceType\":\"Patient\",\"gender\":[\"male\"]}"
			})
	void hapisParserConvertsAValueOfTheWrongJsonTypeSilently(String body) {
		assertThatCode(() -> PARSER.parseResource(body))
				.as(HapiWorkarounds.partFixed(JSON_TYPES, "refuses " + body))
				.doesNotThrowAnyException();
	}

	@Canary(PATCH_DOCUMENT)
	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = {
				"[{\"op\":\"replace\",\"value\":\"female\"}]",
				"[{\"op\":\"move\",\"path\":\"/gender\"}]",
			})
	void hapisJsonPatchFailsWithAnInternalErrorOnAnOperationWithoutItsMembers(String document) {
		Throwable failure = catchThrowable(() -> JsonPatchUtils.apply(FHIR, patient(), document));

		assertThat(failure)
				.as(HapiWorkarounds.partFixed(PATCH_DOCUMENT, "refuses the JSON Patch " + document + " with a 4xx"))
				.isNotNull()
				.isNotInstanceOf(BaseServerResponseException.class);
	}

	@Canary(CLIENT_ERRORS)
	@Test
	void hapisFhirPathPatchFailsWithAnInternalErrorOnAValueItCannotSet() {
		Parameters booleanForACode = fhirPathPatch("replace", "Patient.gender", new BooleanType(true));

		Throwable failure = catchThrowable(() -> new FhirPatch(FHIR).apply(patient(), booleanForACode));

		assertThat(failure)
				.as(HapiWorkarounds.partFixed(
						CLIENT_ERRORS, "refuses a FHIRPath Patch that puts a boolean in a code with a 4xx"))
				.isNotNull()
				.isNotInstanceOf(BaseServerResponseException.class);
	}

	@Canary(PATCH_DOCUMENT)
	@Test
	void hapisFhirPathPatchFailsWithAnInternalErrorOnAnAddWithoutName() {
		Parameters addWithoutName = fhirPathPatch("add", "Patient", new CodeType("female"));

		Throwable failure = catchThrowable(() -> new FhirPatch(FHIR).apply(patient(), addWithoutName));

		assertThat(failure)
				.as(HapiWorkarounds.partFixed(
						PATCH_DOCUMENT, "refuses a FHIRPath Patch 'add' without 'name' with a 4xx"))
				.isNotNull()
				.isNotInstanceOf(BaseServerResponseException.class);
	}

	@Canary(STALE_TEXT)
	@Test
	void hapisValidatorJudgesTheTextAResourceWasParsedFromNotTheResource() {
		FhirContext jpa = FhirContext.forR4(); // a context of its own, as HAPI's JPA set-up changes it
		new FhirContextValidationSupportSvc(jpa);
		Patient patient =
				jpa.newJsonParser().parseResource(Patient.class, "{\"resourceType\":\"Patient\",\"gender\":\"male\"}");

		patient.setGender(AdministrativeGender.FEMALE); // as a FHIRPath Patch does, or the meta HAPI stores apart

		assertThat(ValidationContext.forResource(jpa, patient, null).getResourceAsString())
				.as(HapiWorkarounds.fixed(STALE_TEXT, "validates a resource rather than the text it was parsed from"))
				.contains("\"male\"")
				.doesNotContain("female");
	}

	@Canary(REQUEST_FORM)
	@Test
	void hapiDecodesABodyThatIsNotUtf8WithReplacementCharacters() throws Exception {
		MockHttpServletRequest http = new MockHttpServletRequest("POST", "/fhir/Patient");
		http.setContentType("application/fhir+json");
		http.setContent("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Müller\"}]}"
				.getBytes(StandardCharsets.ISO_8859_1));
		ServletRequestDetails request = new ServletRequestDetails();
		request.setServletRequest(http);
		request.setServer(new RestfulServer(FHIR));

		Patient parsed = PARSER.parseResource(Patient.class, ResourceParameter.createRequestReader(request));

		assertThat(parsed.getNameFirstRep().getFamily())
				.as(HapiWorkarounds.partFixed(REQUEST_FORM, "refuses a FHIR body that is not UTF-8"))
				.isEqualTo("M\uFFFDller");
	}

	private static Patient patient() {
		Patient patient = new Patient();
		patient.setId("Patient/1");
		patient.setGender(AdministrativeGender.MALE);
		patient.addName().setFamily("Canary");
		return patient;
	}

	private static Parameters fhirPathPatch(String type, String path, Type value) {
		Parameters patch = new Parameters();
		ParametersParameterComponent operation = patch.addParameter().setName("operation");
		operation.addPart().setName("type").setValue(new CodeType(type));
		operation.addPart().setName("path").setValue(new StringType(path));
		operation.addPart().setName("value").setValue(value);
		return patch;
	}
}
