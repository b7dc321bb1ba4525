package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** The request checks that need no server: PATCH documents and the JSON types of FHIR JSON bodies. */
class RequestChecksTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Test
	void jsonPatchOperationsNeedTheirMembersAndMayNotTouchTheId() {
		assertThat(
						PatchDocumentCheck.jsonPatchProblems(
								"[{\"op\":\"replace\",\"path\":\"/gender\",\"value\":\"male\"},{\"op\":\"remove\",\"path\":\"/name/0\"}]"))
				.isEmpty();
		assertThat(PatchDocumentCheck.jsonPatchProblems(
						"[{\"op\":\"replace\",\"value\":\"male\"},{\"op\":\"add\",\"path\":\"gender\",\"value\":1},"
								+ "{\"op\":\"move\",\"path\":\"/x\"},{\"op\":\"frobnicate\",\"path\":\"/x\"},"
								+ "{\"op\":\"replace\",\"path\":\"/id\",\"value\":\"other\"}]"))
				.containsExactly(
						new RequestProblem("/0", "'path' is missing"),
						new RequestProblem("/1/path", "a JSON Pointer is empty or starts with '/'"),
						new RequestProblem("/2", "'move' needs 'from'"),
						new RequestProblem("/3/op", "must be one of add, copy, move, remove, replace, test"),
						new RequestProblem("/4", "a patch cannot change the resource's id"));
		assertThat(PatchDocumentCheck.jsonPatchProblems("{\"op\":\"remove\",\"path\":\"/gender\"}"))
				.extracting(RequestProblem::message)
				.containsExactly("a JSON Patch document is an array of operations");
	}

	@Test
	void fhirPathPatchOperationsNeedTheirParts() {
		assertThat(PatchDocumentCheck.fhirPathPatchProblems(
						patch(operation("replace", "Patient.gender", new CodeType("male"))), "Patient"))
				.isEmpty();
		Parameters addWithoutName = patch(operation("add", "Patient", new StringType("x")));
		assertThat(PatchDocumentCheck.fhirPathPatchProblems(addWithoutName, "Patient"))
				.containsExactly(new RequestProblem("Parameters.parameter[0]", "'add' needs a part 'name'"));
		Parameters noType = new Parameters();
		noType.addParameter().setName("operation").addPart().setName("path").setValue(new StringType("Patient.x"));
		assertThat(PatchDocumentCheck.fhirPathPatchProblems(noType, "Patient"))
				.extracting(RequestProblem::message)
				.singleElement()
				.asString()
				.startsWith("part 'type' must be one of");
		assertThat(PatchDocumentCheck.fhirPathPatchProblems(
						patch(operation("replace", "Patient.id", new StringType("other"))), "Patient"))
				.extracting(RequestProblem::message)
				.containsExactly("a patch cannot change the resource's id");
		assertThat(PatchDocumentCheck.fhirPathPatchProblems(new Parameters(), "Patient"))
				.extracting(RequestProblem::message)
				.containsExactly("a FHIRPath Patch has at least one operation");
	}

	@Test
	void jsonValuesMustHaveTheJsonTypeOfTheirElement() throws Exception {
		JsonTypeCheck check = new JsonTypeCheck(FHIR);
		ObjectMapper json = new ObjectMapper();
		assertThat(check.problems(json.readTree(
						"{\"resourceType\":\"Practitioner\",\"active\":true,\"name\":[{\"family\":\"Ng\",\"given\":[\"A\"]}],"
								+ "\"contained\":[{\"resourceType\":\"Organization\",\"id\":\"o\",\"name\":\"X\"}]}")))
				.isEmpty();
		assertThat(check.problems(json.readTree(
						"{\"resourceType\":\"Practitioner\",\"active\":\"true\",\"name\":[{\"family\":42,\"given\":\"A\"}],"
								+ "\"contained\":[{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{},"
								+ "\"valueQuantity\":{\"value\":\"0.9\"}}]}")))
				.containsExactly(
						new RequestProblem("Practitioner.active", "a boolean is a JSON boolean, not string"),
						new RequestProblem("Practitioner.name[0].family", "a string is a JSON string, not number"),
						new RequestProblem("Practitioner.name[0].given", "'given' repeats: its JSON value is an array"),
						new RequestProblem(
								"Practitioner.contained[0].valueQuantity.value",
								"a decimal is a JSON number, not string"));
	}

	@Test
	void bundleEntriesAreCheckedAsTheResourcesTheyCarry() throws Exception {
		String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"resource\":"
				+ "{\"resourceType\":\"Patient\",\"active\":1},\"request\":{\"method\":\"POST\",\"url\":\"Patient\"}}]}";
		assertThat(new JsonTypeCheck(FHIR).problems(new ObjectMapper().readTree(bundle)))
				.containsExactly(new RequestProblem(
						"Bundle.entry[0].resource.active", "a boolean is a JSON boolean, not number"));
	}

	private static Parameters patch(ParametersParameterComponent... operations) {
		Parameters parameters = new Parameters();
		for (ParametersParameterComponent operation : operations) {
			parameters.addParameter(operation);
		}
		return parameters;
	}

	private static ParametersParameterComponent operation(String type, String path, org.hl7.fhir.r4.model.Type value) {
		ParametersParameterComponent operation = new ParametersParameterComponent().setName("operation");
		operation.addPart().setName("type").setValue(new CodeType(type));
		operation.addPart().setName("path").setValue(new StringType(path));
		operation.addPart().setName("value").setValue(value);
		return operation;
	}
}
