Profile: HsctGraft
Parent: BiologicallyDerivedProduct
Id: hsct-graft
Title: "HSCT Graft"
Description: """
The haematopoietic stem cell product infused at one transplant: its source (bone marrow, peripheral blood, cord
blood), any laboratory manipulation before infusion (none, TCRαβ/CD19 depletion, CD34 selection, …), its cell
doses per kg, and its donor's age, sex, CMV serostatus and ABO group. An unrelated donor or cord-blood unit is
identified here: `identifier` holds the registry donor ID, WMDA GRID or ISBT 128 donation / cord-blood unit
number, and `collection.source` the registry or cord blood bank (an Organization). A related donor is linked
from the HSCT Procedure (R4 collection.source cannot point to a RelatedPerson); for an autologous graft
`collection.source` may name the patient.
"""
* insert ProfileMetadata
* extension contains
    DonorCharacteristics named donorCharacteristics 0..1 MS and
    GraftCellDose named cellDose 0..* MS
* extension[donorCharacteristics] ^short = "Donor age, sex, CMV serostatus, ABO group"
* extension[cellDose] ^short = "Cell dose per kg: TNC, CD34+, CD3+, … (one extension each)"
* identifier MS
* identifier ^short = "Registry donor ID, WMDA GRID, ISBT 128 donation or cord-blood unit identifier"
* productCategory 1..1 MS
* productCategory = #cells
* productCode MS
* productCode from GraftSourceVS (extensible)
* productCode ^short = "Graft source: bone marrow | peripheral blood | cord blood"
* status MS
* quantity MS
* collection MS
* collection.source MS
* collection.source ^short = "Registry or cord blood bank (Organization); the patient for an autologous graft"
* collection.collected[x] MS
* processing MS
* processing ^short = "Laboratory processing before infusion"
* processing.procedure MS
* processing.procedure from GraftManipulationVS (extensible)
* processing.procedure ^short = "None | TCRαβ/CD19 depletion | CD3/CD19 depletion | CD34 selection | CD45RA depletion | expansion"
* processing.time[x] MS
