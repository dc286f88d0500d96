/** A file's text in the bundle (webpack's asset/source, `…?raw`): the help page, for the one-file app that has nothing beside it. */
declare module "*?raw" {
  const text: string;
  export default text;
}
