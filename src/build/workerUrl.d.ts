// Modules made by the worker-in-main-graph plugin (src/build/workerInMainGraph.ts).
declare module 'worker-url:*' {
  /** The URL of the worker's built module. */
  const url: string;
  export default url;
}
