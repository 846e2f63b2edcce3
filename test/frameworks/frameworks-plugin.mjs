import { build } from 'esbuild';

/**
 * Serves the framework apps of test/frameworks as browser modules: GET /__kultur/frameworks/NAME.js
 * bundles test/frameworks/NAME.tsx or NAME.ts with esbuild (React ships CommonJS only; Vue's
 * template compiler needs its bundler build). The widgets are not in the bundles: the tests
 * register them, so the apps render the same elements the other tests do.
 */
export function frameworkApps() {
  return {
    name: 'kultur-framework-apps',
    async serve(context) {
      const match = /^\/__kultur\/frameworks\/([\w-]+)\.js$/.exec(context.path);
      if (!match) return undefined;
      const entry = match[1] === 'react-app' ? 'test/frameworks/react-app.tsx' : `test/frameworks/${match[1]}.ts`;
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        jsx: 'automatic',
        logLevel: 'silent',
        alias: { vue: 'vue/dist/vue.esm-bundler.js' },
        define: {
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
