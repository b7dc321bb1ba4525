Instance: procedure-donor
InstanceOf: SearchParameter
Usage: #definition
* insert InstanceMetadata
* name = "Donor"
* description = "Transplants (HSCT Procedure) by their related donor, the `donor` extension (a RelatedPerson). Chained on the donor's relationship to the patient: `Procedure?donor.relationship=http://terminology.hl7.org/CodeSystem/v3-RoleCode|FTH` finds transplants from the father. Unrelated and cord-blood donors are identified on the graft instead."
* code = #donor
* base = #Procedure
* type = #reference
* expression = "Procedure.extension('https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/donor').value"
* xpathUsage = #normal
* target = #RelatedPerson
* chain = "relationship"
