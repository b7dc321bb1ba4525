Instance: ball-hsct-client
InstanceOf: CapabilityStatement
Usage: #definition
* insert RequirementsMetadata
* name = "BAllHsctClient"
* title = "B-ALL / HSCT client requirements"
* description = """
What a client that conforms to this guide must do (SHALL), should do (SHOULD) and may do (MAY), each requirement
marked with the `capabilitystatement-expectation` extension. A conforming client reads and searches the resources of
this guide's profiles by patient and code, and finds transplants by donor type and transplant number; a client that
sends data sends resources that meet the profiles they claim, preferably a whole patient record as one transaction
bundle (see the guide's examples), and handles the OperationOutcome of a refused write.
"""
* rest[0].mode = #client
* rest[0].documentation = "A client that writes SHALL send resources that conform to the profiles listed for their type and SHALL read the OperationOutcome of a refused write."
* rest[0] insert Interaction(transaction, SHOULD)

* rest[0].resource[+].type = #Patient
* rest[0].resource[=].supportedProfile[+] = Canonical(BAllPatient)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, MAY)
* rest[0].resource[=] insert CoreSearchParam(identifier, Patient-identifier, token, SHALL)
* rest[0].resource[=] insert Operation(everything, http://hl7.org/fhir/OperationDefinition/Patient-everything, MAY)

* rest[0].resource[+].type = #Condition
* rest[0].resource[=].supportedProfile[+] = Canonical(BAllCondition)
* rest[0].resource[=].supportedProfile[+] = Canonical(GvhdCondition)
* rest[0].resource[=].supportedProfile[+] = Canonical(ComplicationCondition)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, MAY)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(code, clinical-code, token, SHOULD)
* rest[0].resource[=] insert GuideSearchParam(morphology, condition-morphology, token, MAY)
* rest[0].resource[=] insert GuideSearchParam(due-to, condition-due-to, reference, MAY)

* rest[0].resource[+].type = #Observation
* rest[0].resource[=].supportedProfile[+] = Canonical(DiseaseStatusObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(MrdObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(ChimerismObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(EngraftmentObservation)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, MAY)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(code, clinical-code, token, SHALL)
* rest[0].resource[=] insert CoreSearchParam(date, clinical-date, date, SHOULD)
* rest[0].resource[=] insert CoreSearchParam(method, Observation-method, token, MAY)

* rest[0].resource[+].type = #Procedure
* rest[0].resource[=].supportedProfile[+] = Canonical(HsctProcedure)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, MAY)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(code, clinical-code, token, SHOULD)
* rest[0].resource[=] insert GuideSearchParam(donor-type, procedure-donor-type, token, SHOULD)
* rest[0].resource[=] insert GuideSearchParam(transplant-number, procedure-transplant-number, number, SHOULD)
* rest[0].resource[=] insert GuideSearchParam(graft, procedure-graft, reference, MAY)
* rest[0].resource[=] insert GuideSearchParam(donor, procedure-donor, reference, MAY)
* rest[0].resource[=] insert GuideSearchParam(disease-status-at-transplant, procedure-disease-status-at-transplant, reference, MAY)

* rest[0].resource[+].type = #MedicationAdministration
* rest[0].resource[=].supportedProfile[+] = Canonical(CancerMedicationAdministration)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, MAY)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
