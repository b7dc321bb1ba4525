Invariant: ball-hsct-32
Description: "A CAR-T dose is a number of cells: per kilogram (10*6/kg or /kg) or in total (10*6 or 10*8), never a mass."
Expression: "dosage.dose.exists() implies (dosage.dose.code = '10*6/kg' or dosage.dose.code = '/kg' or dosage.dose.code = '10*6' or dosage.dose.code = '10*8')"
Severity: #error
