package org.hsctdata.fhir.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.util.FhirContextSearchParamRegistry;
import ca.uhn.fhir.util.UrlUtil;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * The request checks that need no server: PATCH documents, the JSON types of FHIR JSON bodies, the criteria of
 * conditional writes, history paging, percent-encoding and reads with {@code _summary=text}.
 */
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
		assertThat(check.problems(
						"{\"resourceType\":\"Practitioner\",\"active\":true,\"name\":[{\"family\":\"Ng\",\"given\":[\"A\"]}],"
								+ "\"contained\":[{\"resourceType\":\"Organization\",\"id\":\"o\",\"name\":\"X\"}]}"))
				.isEmpty();
		assertThat(check.problems(
						"{\"resourceType\":\"Practitioner\",\"active\":\"true\",\"name\":[{\"family\":42,\"given\":\"A\"}],"
								+ "\"contained\":[{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{},"
								+ "\"valueQuantity\":{\"value\":\"0.9\"}}]}"))
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
		assertThat(new JsonTypeCheck(FHIR).problems(bundle))
				.containsExactly(new RequestProblem(
						"Bundle.entry[0].resource.active", "a boolean is a JSON boolean, not number"));
	}

	@Test
	void aResourceTypeAfterOtherMembersIsFoundAndEveryMemberStillChecked() {
		String bundle = "{\"type\":\"transaction\",\"entry\":[{\"request\":{\"method\":\"POST\",\"url\":\"Patient\"},"
				+ "\"resource\":{\"active\":\"yes\",\"name\":[{\"given\":\"A\"}],\"resourceType\":\"Patient\"}}],"
				+ "\"total\":\"1\",\"resourceType\":\"Bundle\"}";
		assertThat(new JsonTypeCheck(FHIR).problems(bundle))
				.containsExactly(
						new RequestProblem(
								"Bundle.entry[0].resource.active", "a boolean is a JSON boolean, not string"),
						new RequestProblem(
								"Bundle.entry[0].resource.name[0].given",
								"'given' repeats: its JSON value is an array"),
						new RequestProblem("Bundle.total", "a unsignedInt is a JSON number, not string"));
	}

	@Test
	void textThatIsNotJsonOrNoResourceHasNoTypeProblems() {
		JsonTypeCheck check = new JsonTypeCheck(FHIR);
		assertThat(check.problems("{\"resourceType\":\"Patient\",\"active\":")).isEmpty();
		assertThat(check.problems("[1, 2]")).isEmpty();
		assertThat(check.problems("{\"resourceType\":\"NoSuchType\",\"active\":\"x\"}"))
				.isEmpty();
		assertThat(check.problems("{}")).isEmpty();
	}

	@Test
	void conditionalCriteriaAreCheckedAsSearches() {
		SearchRequestCheck searches = searches();
		assertThat(searches.criteriaProblems("Practitioner", "Practitioner?family:exakt=X", false, ""))
				.containsExactly(
						new RequestProblem("family:exakt", "the string parameter 'family' has no modifier ':exakt'"));
		assertThat(searches.criteriaProblems("Patient", "gender:exact=female&_count=-1", false, "If-None-Exist: "))
				.containsExactlyInAnyOrder(
						new RequestProblem(
								"If-None-Exist: gender:exact", "the token parameter 'gender' has no modifier ':exact'"),
						new RequestProblem("If-None-Exist: _count", "'-1' is not a valid value of _count"));
		assertThat(searches.criteriaProblems("Patient", "identifier=http://example.org/ids?x=1|a", false, ""))
				.isEmpty();
		assertThat(searches.criteriaProblems("Patient", "Patient?identifier=s%7Cv&family:exact=N", false, ""))
				.isEmpty();
		assertThat(searches.criteriaProblems("Patient", "name=%zz&given=a%20b", false, ""))
				.extracting(RequestProblem::location)
				.containsExactly("name");
	}

	@Test
	void conditionalDeleteUpdateAndCreateAreRefusedForWhatASearchIsRefusedFor() {
		SearchRequestCheck searches = searches();
		SystemRequestDetails delete = request("Practitioner", "Practitioner?family:exakt=X");
		assertThatThrownBy(() -> searches.checkSearch(delete, RestOperationTypeEnum.DELETE))
				.isInstanceOf(InvalidRequestException.class)
				.hasMessage("HSCT-0462: the string parameter 'family' has no modifier ':exakt'");
		SystemRequestDetails update = request("Patient", "Patient?identifier:bogus=s|v");
		assertThatThrownBy(() -> searches.checkSearch(update, RestOperationTypeEnum.UPDATE))
				.hasMessageContaining("HSCT-0462");
		SystemRequestDetails create = request("Patient", "Patient");
		create.addHeader("If-None-Exist", "gender:exact=female");
		assertThatThrownBy(() -> searches.checkSearch(create, RestOperationTypeEnum.CREATE))
				.hasMessageContaining("HSCT-0462");
		searches.checkSearch(request("Patient", "Patient?identifier=s|v"), RestOperationTypeEnum.UPDATE);
		SystemRequestDetails byId = request("Patient", "Patient/1?family:nosuch=1");
		byId.setId(new IdType("Patient/1"));
		searches.checkSearch(byId, RestOperationTypeEnum.DELETE);
	}

	@Test
	void historyPagingParametersAreCheckedAsInASearch() {
		SearchRequestCheck searches = searches();
		for (RestOperationTypeEnum history : List.of(
				RestOperationTypeEnum.HISTORY_SYSTEM,
				RestOperationTypeEnum.HISTORY_TYPE,
				RestOperationTypeEnum.HISTORY_INSTANCE)) {
			for (String query : List.of("_offset=-1", "_count=-1", "_count=abc", "_offset=5&_count=x")) {
				SystemRequestDetails request = request("Patient", "Patient/_history?" + query);
				request.setParameters(UrlUtil.parseQueryString(query));
				assertThatThrownBy(() -> searches.checkSearch(request, history))
						.as(history + " " + query)
						.hasMessageContaining("HSCT-0462");
			}
			SystemRequestDetails valid = request("Patient", "Patient/_history");
			valid.setParameters(UrlUtil.parseQueryString("_count=2&_offset=4&_since=2020-01-01&nosuch=1"));
			searches.checkSearch(valid, history);
		}
	}

	@Test
	void conditionalWritesInTransactionsAndBatchesAreCheckedAsSearches() {
		TransactionCheck check = new TransactionCheck(FHIR, searches());
		for (Bundle.BundleType type : List.of(Bundle.BundleType.TRANSACTION, Bundle.BundleType.BATCH)) {
			Bundle bundle = new Bundle().setType(type);
			bundle.addEntry()
					.setResource(new Patient())
					.getRequest()
					.setMethod(Bundle.HTTPVerb.PUT)
					.setUrl("Patient?identifier:bogus=s|v");
			bundle.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl("Practitioner?family:exakt=X");
			bundle.addEntry()
					.setResource(new Patient())
					.getRequest()
					.setMethod(Bundle.HTTPVerb.POST)
					.setUrl("Patient")
					.setIfNoneExist("gender:exact=female");
			bundle.addEntry()
					.setResource(new Patient())
					.getRequest()
					.setMethod(Bundle.HTTPVerb.PUT)
					.setUrl("Patient?identifier=s|v");
			bundle.addEntry()
					.setResource(new Patient())
					.getRequest()
					.setMethod(Bundle.HTTPVerb.POST)
					.setUrl("Patient")
					.setIfNoneExist("Patient?identifier=s|v");
			bundle.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl("Patient/1");
			assertThat(check.problems(bundle, false))
					.as(type.toCode())
					.extracting(RequestProblem::location)
					.containsExactly(
							"Bundle.entry[0].request.url: identifier:bogus",
							"Bundle.entry[1].request.url: family:exakt",
							"Bundle.entry[2].request.ifNoneExist: gender:exact");
		}
	}

	@Test
	void malformedPercentEncodingIsFoundPerParameter() {
		assertThat(RequestFormCheck.percentEncodingProblems("name=%zz&given=a%20b&code=%&x=%4", ""))
				.extracting(RequestProblem::location)
				.containsExactly("name", "code", "x");
		assertThat(RequestFormCheck.percentEncodingProblems("name=a%2Fb&_count=1", ""))
				.isEmpty();
	}

	@Test
	void aReadWithSummaryTextIsEncodedAsTheResourceWithItsTextIdAndMeta() {
		SystemRequestDetails read = request("Patient", "Patient/1?_summary=text");
		read.setServer(new RestfulServer(FHIR));
		read.setId(new IdType("Patient/1"));
		read.setParameters(UrlUtil.parseQueryString("_summary=text"));
		new TextSummaryRead().asElements(read, RestOperationTypeEnum.READ);
		Patient patient = new Patient();
		patient.setId("Patient/1");
		patient.getMeta().setVersionId("2");
		patient.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDivAsString("<div>Jo</div>");
		patient.addName().setFamily("Doe");
		patient.setGender(Enumerations.AdministrativeGender.FEMALE);
		Patient encoded = FHIR.newJsonParser()
				.parseResource(
						Patient.class,
						RestfulServerUtils.getNewParser(FHIR, FhirVersionEnum.R4, read)
								.encodeResourceToString(patient));
		assertThat(encoded.getIdPart()).isEqualTo("1");
		assertThat(encoded.getText().getDivAsString()).contains("Jo");
		assertThat(encoded.getMeta().getVersionId()).isEqualTo("2");
		assertThat(encoded.hasName()).isFalse();
		assertThat(encoded.hasGender()).isFalse();
		// without a narrative, too (HAPI answered 500)
		SystemRequestDetails vread = request("Patient", "Patient/1/_history/2?_summary=text");
		vread.setParameters(UrlUtil.parseQueryString("_summary=text"));
		new TextSummaryRead().asElements(vread, RestOperationTypeEnum.VREAD);
		assertThat(vread.getParameters()).containsOnlyKeys("_elements");
		SystemRequestDetails both = request("Patient", "Patient/1?_summary=text&_elements=name");
		both.setParameters(UrlUtil.parseQueryString("_summary=text&_elements=name"));
		assertThatThrownBy(() -> new TextSummaryRead().asElements(both, RestOperationTypeEnum.READ))
				.hasMessage("HSCT-0462: _summary=text and _elements cannot be combined");
	}

	private static SearchRequestCheck searches() {
		return new SearchRequestCheck(FHIR, new FhirContextSearchParamRegistry(FHIR));
	}

	/** A request as HAPI's server describes it: the type, and the URL after the base. */
	private static SystemRequestDetails request(String type, String url) {
		SystemRequestDetails request = new SystemRequestDetails();
		request.setResourceName(type);
		request.setFhirServerBase("http://localhost/fhir");
		request.setCompleteUrl("http://localhost/fhir/" + url);
		return request;
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
