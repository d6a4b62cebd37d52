import type { AxiosError, AxiosResponse } from "axios"

/** Resolves with the error response of a request expected to fail. */
export async function failure(request: Promise<unknown>): Promise<AxiosResponse> {
  try {
    await request
  } catch (error) {
    const response = (error as AxiosError).response
    if (response) {
      return response
    }
    throw error
  }
  throw new Error("Expected the request to fail, but it succeeded")
}
