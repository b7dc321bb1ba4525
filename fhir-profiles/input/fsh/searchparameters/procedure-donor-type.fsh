Instance: procedure-donor-type
InstanceOf: SearchParameter
Usage: #definition
* insert InstanceMetadata
* name = "DonorType"
* description = "Transplants (HSCT Procedure) by donor type, the `donor-type` extension (DonorTypeVS): autologous, syngeneic, HLA-identical sibling, other or unspecified matched related, haploidentical, mismatched related, matched or mismatched unrelated, cord blood. Example: `Procedure?donor-type=https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs|haploidentical`."
* code = #donor-type
* base = #Procedure
* type = #token
* expression = "Procedure.extension('https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/donor-type').value"
* xpathUsage = #normal
