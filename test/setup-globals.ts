// Custom functions code evaluates `new CustomFunctions.Error(...)`; Excel provides the global at run time.
class CustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  associate: () => undefined,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};
