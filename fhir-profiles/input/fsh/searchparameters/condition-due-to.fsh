Instance: condition-due-to
InstanceOf: SearchParameter
Usage: #definition
* insert InstanceMetadata
* name = "DueTo"
* description = "Conditions (GvHD, transplant complications) by what caused them, the core extension `condition-dueTo`: a Procedure (the transplant), a MedicationAdministration or another Condition. `Condition?due-to=Procedure/[id]` finds the GvHD and the complications of one transplant."
* code = #due-to
* base = #Condition
* type = #reference
* expression = "Condition.extension('http://hl7.org/fhir/StructureDefinition/condition-dueTo').value"
* xpathUsage = #normal
* target[0] = #Procedure
* target[+] = #MedicationAdministration
* target[+] = #Condition
