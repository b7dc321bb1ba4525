Instance: ball-hsct-server
InstanceOf: CapabilityStatement
Usage: #definition
* insert RequirementsMetadata
* name = "BAllHsctServer"
* title = "B-ALL / HSCT server requirements"
* description = """
What a server that conforms to this guide must do (SHALL), should do (SHOULD) and may do (MAY), each requirement
marked with the `capabilitystatement-expectation` extension. A conforming server stores and returns the resources
of this guide's profiles (each resource type lists the profiles it supports), accepts a whole patient record as one
transaction bundle (the guide's examples are such bundles), validates a resource against the profiles with
`$validate`, and answers the searches a transplant registry needs: by patient and code on every clinical type, and
transplants by donor type and transplant number with this guide's SearchParameters. Requirements marked SHALL are
those every server of the guide needs and the reference server passes; the rest are recommendations.
"""
* rest[0].mode = #server
* rest[0].documentation = "A server SHALL enforce this guide's profiles on the resources it stores that claim them, and SHALL answer a refused write with an OperationOutcome."
* rest[0] insert Interaction(transaction, SHALL)
* rest[0] insert Interaction(batch, SHOULD)
* rest[0] insert Interaction(history-system, MAY)
* rest[0] insert Operation(export, http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export, MAY)

* rest[0].resource[+].type = #Patient
* rest[0].resource[=].supportedProfile[+] = Canonical(BAllPatient)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert Interaction(vread, SHOULD)
* rest[0].resource[=] insert Interaction(history-instance, SHOULD)
* rest[0].resource[=] insert Interaction(delete, MAY)
* rest[0].resource[=] insert CoreSearchParam(_id, Resource-id, token, SHALL)
* rest[0].resource[=] insert CoreSearchParam(identifier, Patient-identifier, token, SHALL)
* rest[0].resource[=] insert CoreSearchParam(birthdate, individual-birthdate, date, SHOULD)
* rest[0].resource[=] insert CoreSearchParam(gender, individual-gender, token, SHOULD)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)
* rest[0].resource[=] insert Operation(everything, http://hl7.org/fhir/OperationDefinition/Patient-everything, SHOULD)
* rest[0].resource[=] insert Operation(summary, http://hl7.org/fhir/uv/ips/OperationDefinition/summary, MAY)

* rest[0].resource[+].type = #RelatedPerson
* rest[0].resource[=].supportedProfile[+] = Canonical(DonorRelatedPerson)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert CoreSearchParam(patient, RelatedPerson-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(relationship, RelatedPerson-relationship, token, SHOULD)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)

* rest[0].resource[+].type = #Condition
* rest[0].resource[=].supportedProfile[+] = Canonical(BAllCondition)
* rest[0].resource[=].supportedProfile[+] = Canonical(GvhdCondition)
* rest[0].resource[=].supportedProfile[+] = Canonical(ComplicationCondition)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(code, clinical-code, token, SHALL)
* rest[0].resource[=] insert GuideSearchParam(morphology, condition-morphology, token, SHOULD)
* rest[0].resource[=] insert GuideSearchParam(due-to, condition-due-to, reference, SHOULD)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)

* rest[0].resource[+].type = #Observation
* rest[0].resource[=].supportedProfile[+] = Canonical(DiseaseStatusObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(MrdObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(ChimerismObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(EngraftmentObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(HlaMatchObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(GvhdOrganStagingObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(ViralLoadObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(LymphocyteCountObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(Cd3PercentObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(MarrowBlastObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(ImmunophenotypeObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(KaryotypeObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(MolecularScreenObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(GeneticFindingObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(CsfObservation)
* rest[0].resource[=].supportedProfile[+] = Canonical(BodySurfaceAreaObservation)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(code, clinical-code, token, SHALL)
* rest[0].resource[=] insert CoreSearchParam(date, clinical-date, date, SHALL)
* rest[0].resource[=] insert CoreSearchParam(category, Observation-category, token, SHOULD)
* rest[0].resource[=] insert CoreSearchParam(method, Observation-method, token, SHOULD)
* rest[0].resource[=] insert CoreSearchParam(focus, Observation-focus, reference, SHOULD)
* rest[0].resource[=] insert CoreSearchParam(part-of, Observation-part-of, reference, SHOULD)
* rest[0].resource[=] insert CoreSearchParam(value-concept, Observation-value-concept, token, MAY)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)

* rest[0].resource[+].type = #Procedure
* rest[0].resource[=].supportedProfile[+] = Canonical(HsctProcedure)
* rest[0].resource[=].supportedProfile[+] = Canonical(ConditioningProcedure)
* rest[0].resource[=].supportedProfile[+] = Canonical(ConditioningRadiation)
* rest[0].resource[=].supportedProfile[+] = Canonical(GvhdProphylaxisProcedure)
* rest[0].resource[=].supportedProfile[+] = Canonical(LymphodepletionProcedure)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(code, clinical-code, token, SHALL)
* rest[0].resource[=] insert CoreSearchParam(date, clinical-date, date, SHALL)
* rest[0].resource[=] insert CoreSearchParam(part-of, Procedure-part-of, reference, SHOULD)
* rest[0].resource[=] insert GuideSearchParam(donor-type, procedure-donor-type, token, SHALL)
* rest[0].resource[=] insert GuideSearchParam(transplant-number, procedure-transplant-number, number, SHALL)
* rest[0].resource[=] insert GuideSearchParam(donor, procedure-donor, reference, SHOULD)
* rest[0].resource[=] insert GuideSearchParam(graft, procedure-graft, reference, SHOULD)
* rest[0].resource[=] insert GuideSearchParam(conditioning-intensity, procedure-conditioning-intensity, token, SHOULD)
* rest[0].resource[=] insert GuideSearchParam(disease-status-at-transplant, procedure-disease-status-at-transplant, reference, SHOULD)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)

* rest[0].resource[+].type = #BiologicallyDerivedProduct
* rest[0].resource[=].supportedProfile[+] = Canonical(HsctGraft)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert GuideSearchParam(product-code, biologicallyderivedproduct-product-code, token, SHOULD)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)

* rest[0].resource[+].type = #MedicationAdministration
* rest[0].resource[=].supportedProfile[+] = Canonical(CancerMedicationAdministration)
* rest[0].resource[=].supportedProfile[+] = Canonical(ImmunotherapyAdministration)
* rest[0].resource[=].supportedProfile[+] = Canonical(CarTCellAdministration)
* rest[0].resource[=].supportedProfile[+] = Canonical(TransplantDrugAdministration)
* rest[0].resource[=].supportedProfile[+] = Canonical(LymphodepletionDrugAdministration)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(code, clinical-code, token, SHALL)
* rest[0].resource[=] insert CoreSearchParam(effective-time, MedicationAdministration-effective-time, date, SHOULD)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)

* rest[0].resource[+].type = #MedicationRequest
* rest[0].resource[=].supportedProfile[+] = Canonical(CancerMedicationRequest)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(code, clinical-code, token, SHALL)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)

* rest[0].resource[+].type = #MedicationStatement
* rest[0].resource[=].supportedProfile[+] = Canonical(CancerMedicationStatement)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(code, clinical-code, token, SHALL)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)

* rest[0].resource[+].type = #CarePlan
* rest[0].resource[=].supportedProfile[+] = Canonical(TreatmentProtocol)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert CoreSearchParam(patient, clinical-patient, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(category, CarePlan-category, token, SHOULD)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)

* rest[0].resource[+].type = #AdverseEvent
* rest[0].resource[=].supportedProfile[+] = Canonical(CtcaeAdverseEvent)
* rest[0].resource[=] insert Interaction(read, SHALL)
* rest[0].resource[=] insert Interaction(search-type, SHALL)
* rest[0].resource[=] insert Interaction(create, SHALL)
* rest[0].resource[=] insert Interaction(update, SHALL)
* rest[0].resource[=] insert CoreSearchParam(subject, AdverseEvent-subject, reference, SHALL)
* rest[0].resource[=] insert CoreSearchParam(date, AdverseEvent-date, date, SHOULD)
* rest[0].resource[=] insert Operation(validate, http://hl7.org/fhir/OperationDefinition/Resource-validate, SHALL)

* rest[0].resource[+].type = #Group
* rest[0].resource[=].supportedProfile[+] = Canonical(CohortGroup)
* rest[0].resource[=] insert Interaction(read, SHOULD)
* rest[0].resource[=] insert Interaction(create, SHOULD)
* rest[0].resource[=] insert Operation(export, http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export, MAY)

* rest[0].resource[+].type = #ValueSet
* rest[0].resource[=] insert Interaction(read, SHOULD)
* rest[0].resource[=] insert Interaction(search-type, SHOULD)
* rest[0].resource[=] insert CoreSearchParam(url, conformance-url, uri, SHOULD)
* rest[0].resource[=] insert Operation(expand, http://hl7.org/fhir/OperationDefinition/ValueSet-expand, SHOULD)
* rest[0].resource[=] insert Operation(validate-code, http://hl7.org/fhir/OperationDefinition/ValueSet-validate-code, MAY)
