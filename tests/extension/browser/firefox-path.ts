/** Debian's Firefox ESR, which `.ci/run` installs (`FIREFOX_PATH` for another copy). */
export const FIREFOX_PATH = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
