// Editor side of the three blocks, without a build step: WordPress's globals only. The options and
// their translated labels come from PHP (window.kulturWidgetsEditor), the preview is rendered by PHP.
(function (wp, data) {
  'use strict';
  var el = wp.element.createElement;
  var components = wp.components;
  var blockEditor = wp.blockEditor;
  var ServerSideRender = wp.serverSideRender;

  function control(option, attributes, setAttributes) {
    var value = attributes[option.key] || '';
    var onChange = function (next) {
      var change = {};
      change[option.key] = next === undefined || next === null ? '' : String(next);
      setAttributes(change);
    };
    if (option.choices) {
      var choices = [{ label: data.default, value: '' }].concat(
        option.choices.map(function (choice) { return { label: choice, value: choice }; })
      );
      return el(components.SelectControl, { key: option.key, label: option.label, help: option.help, value: value, options: choices, onChange: onChange });
    }
    return el(components.TextControl, {
      key: option.key,
      label: option.label,
      help: option.help,
      value: value,
      type: option.number ? 'number' : 'text',
      min: option.number ? 1 : undefined,
      onChange: onChange,
    });
  }

  data.blocks.forEach(function (block) {
    wp.blocks.registerBlockType(block.name, {
      edit: function (props) {
        var controls = block.options.map(function (option) { return control(option, props.attributes, props.setAttributes); });
        return el(
          'div',
          blockEditor.useBlockProps(),
          el(blockEditor.InspectorControls, null, el(components.PanelBody, { title: data.settings }, controls)),
          el(ServerSideRender, { block: block.name, attributes: props.attributes })
        );
      },
      save: function () { return null; },
    });
  });
})(window.wp, window.kulturWidgetsEditor);
