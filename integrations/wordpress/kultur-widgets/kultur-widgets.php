<?php
/**
 * Plugin Name:       Kultur-Widgets
 * Plugin URI:        https://github.com/kultur-widgets/kultur-widgets
 * Description:       Event calendar, ticket reservation and membership badge for socio-cultural centres, as shortcodes and blocks. Self-hosted: no cookies, no third-party requests.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            kultur-widgets
 * License:           MIT
 * Text Domain:       kultur-widgets
 * Domain Path:       /languages
 *
 * @package KulturWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'KULTUR_WIDGETS_VERSION', '0.1.0' );
define( 'KULTUR_WIDGETS_FILE', __FILE__ );
define( 'KULTUR_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/blocks.php';

add_action( 'init', 'kultur_widgets_init' );

/**
 * Loads the translations, registers the scripts, shortcodes and blocks.
 */
function kultur_widgets_init() {
	load_plugin_textdomain( 'kultur-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	kultur_widgets_register_scripts();
	foreach ( kultur_widgets_definitions() as $widget => $definition ) {
		add_shortcode(
			$definition['shortcode'],
			static function ( $atts, $content = null ) use ( $widget ) {
				return kultur_widgets_render( $widget, is_array( $atts ) ? $atts : array(), $content );
			}
		);
	}
	kultur_widgets_register_blocks();
}
