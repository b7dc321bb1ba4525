// Rules of the two requirements CapabilityStatements. Each requirement carries its conformance verb (SHALL, SHOULD,
// MAY) in the core extension capabilitystatement-expectation, as HL7's IGs (US Core, IPS) write it.

RuleSet: Expectation(expectation)
* extension[0].url = "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation"
* extension[0].valueCode = #{expectation}

// A RESTful interaction on the current resource: read, vread, search-type, create, update, delete ...
RuleSet: Interaction(code, expectation)
* interaction[+].code = #{code}
* interaction[=] insert Expectation({expectation})

// A search parameter of R4 core, by the id of its SearchParameter (clinical-patient, Observation-method ...).
RuleSet: CoreSearchParam(name, id, type, expectation)
* searchParam[+].name = "{name}"
* searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/{id}"
* searchParam[=].type = #{type}
* searchParam[=] insert Expectation({expectation})

// A search parameter of this guide, by the id of its SearchParameter instance.
RuleSet: GuideSearchParam(name, id, type, expectation)
* searchParam[+].name = "{name}"
* searchParam[=].definition = Canonical({id})
* searchParam[=].type = #{type}
* searchParam[=] insert Expectation({expectation})

// An operation on the current resource or on the whole server, by the canonical of its OperationDefinition.
RuleSet: Operation(name, definition, expectation)
* operation[+].name = "{name}"
* operation[=].definition = "{definition}"
* operation[=] insert Expectation({expectation})

// What every requirements statement of this guide says about itself.
RuleSet: RequirementsMetadata
* insert InstanceMetadata
* date = "2026-12-07"
* kind = #requirements
* fhirVersion = #4.0.1
* format[0] = #json
* format[0] insert Expectation(SHALL)
* format[+] = #xml
* format[=] insert Expectation(SHOULD)
