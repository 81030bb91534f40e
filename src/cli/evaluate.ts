import { cliMessages } from '../i18n/cli'
import { runEvaluate } from './runEvaluate'

// The command-line entry: no stack trace ever reaches the user, only one line that says what failed.
runEvaluate(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
})
  .then((code) => {
    process.exitCode = code
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `${cliMessages.nb.unexpected(error instanceof Error ? error.message : String(error))}\n`,
    )
    process.exitCode = 70
  })
